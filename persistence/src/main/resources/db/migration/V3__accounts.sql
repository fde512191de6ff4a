-- Accounts that may sign in, their roles, and the personal API tokens they created. Passwords are
-- stored only as salted PBKDF2 hashes. ${timestamp} is TIMESTAMP(6) on PostgreSQL and H2 and
-- DATETIME(6) on MariaDB (whose TIMESTAMP ends in 2038); SchemaMigrator sets it per database.

CREATE SEQUENCE accounts_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE api_tokens_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE accounts (
    id              BIGINT       NOT NULL,
    version         BIGINT       NOT NULL,
    username        VARCHAR(64)  NOT NULL,
    password_hash   VARCHAR(255) NOT NULL,
    enabled         BOOLEAN      NOT NULL,
    demo_password   BOOLEAN      NOT NULL,
    created_at      ${timestamp} NOT NULL,
    last_sign_in_at ${timestamp},
    CONSTRAINT pk_accounts PRIMARY KEY (id),
    CONSTRAINT uk_accounts_username UNIQUE (username)
);

CREATE TABLE account_roles (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(16) NOT NULL,
    CONSTRAINT pk_account_roles PRIMARY KEY (account_id, role),
    CONSTRAINT fk_account_roles_account FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE
);

CREATE TABLE api_tokens (
    id           BIGINT       NOT NULL,
    account_id   BIGINT       NOT NULL,
    name         VARCHAR(100) NOT NULL,
    token_id     VARCHAR(64)  NOT NULL,
    created_at   ${timestamp} NOT NULL,
    expires_at   ${timestamp} NOT NULL,
    last_used_at ${timestamp},
    revoked_at   ${timestamp},
    CONSTRAINT pk_api_tokens PRIMARY KEY (id),
    CONSTRAINT uk_api_tokens_token_id UNIQUE (token_id),
    CONSTRAINT fk_api_tokens_account FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE
);

CREATE INDEX ix_api_tokens_account ON api_tokens (account_id);

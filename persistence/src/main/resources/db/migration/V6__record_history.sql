-- Record history (Hibernate Envers). Each transaction that changes the catalogue adds one row to
-- revisions (when, who, through which channel, in which request) and, per changed record, a row to
-- the record's _aud table with its state after the change and the kind of change (revtype: 0 added,
-- 1 changed, 2 deleted; a deleted record's row keeps its last state). The cast's changes are rows of
-- movies_actors_aud: an actor added to (0) or taken from (2) a movie's cast.
--
-- ${tinyint} is SMALLINT on PostgreSQL, which has no TINYINT, and TINYINT on H2 and MariaDB: the type
-- Hibernate expects for revtype on each.

CREATE SEQUENCE revisions_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE revisions (
    id         BIGINT       NOT NULL,
    changed_at BIGINT       NOT NULL,
    account    VARCHAR(100) NOT NULL,
    channel    VARCHAR(8)   NOT NULL,
    request_id VARCHAR(64),
    CONSTRAINT pk_revisions PRIMARY KEY (id)
);

CREATE TABLE movies_aud (
    id           BIGINT     NOT NULL,
    rev          BIGINT     NOT NULL,
    revtype      ${tinyint},
    title        VARCHAR(200),
    release_date DATE,
    CONSTRAINT pk_movies_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_movies_aud_rev FOREIGN KEY (rev) REFERENCES revisions (id)
);

CREATE TABLE movies_actors_aud (
    rev      BIGINT NOT NULL,
    movie_id BIGINT NOT NULL,
    actor_id BIGINT NOT NULL,
    revtype  ${tinyint},
    CONSTRAINT pk_movies_actors_aud PRIMARY KEY (rev, movie_id, actor_id),
    CONSTRAINT fk_movies_actors_aud_rev FOREIGN KEY (rev) REFERENCES revisions (id)
);

CREATE TABLE actors_aud (
    id       BIGINT     NOT NULL,
    rev      BIGINT     NOT NULL,
    revtype  ${tinyint},
    name     VARCHAR(100),
    birthday DATE,
    CONSTRAINT pk_actors_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_actors_aud_rev FOREIGN KEY (rev) REFERENCES revisions (id)
);

CREATE TABLE contact_details_aud (
    id           BIGINT     NOT NULL,
    rev          BIGINT     NOT NULL,
    revtype      ${tinyint},
    phone_number VARCHAR(32),
    address      VARCHAR(200),
    actor_id     BIGINT,
    CONSTRAINT pk_contact_details_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_contact_details_aud_rev FOREIGN KEY (rev) REFERENCES revisions (id)
);

CREATE TABLE stuntmen_aud (
    id       BIGINT     NOT NULL,
    rev      BIGINT     NOT NULL,
    revtype  ${tinyint},
    name     VARCHAR(100),
    active   BOOLEAN,
    actor_id BIGINT,
    CONSTRAINT pk_stuntmen_aud PRIMARY KEY (id, rev),
    CONSTRAINT fk_stuntmen_aud_rev FOREIGN KEY (rev) REFERENCES revisions (id)
);

-- What the history views look up: a movie's cast changes, an actor's contacts and stuntman, every
-- record's changes by revision (the /history page), and an account's revisions.
CREATE INDEX ix_movies_actors_aud_movie ON movies_actors_aud (movie_id, rev);
CREATE INDEX ix_contact_details_aud_actor ON contact_details_aud (actor_id, rev);
CREATE INDEX ix_stuntmen_aud_actor ON stuntmen_aud (actor_id, rev);
CREATE INDEX ix_movies_aud_rev ON movies_aud (rev);
CREATE INDEX ix_actors_aud_rev ON actors_aud (rev);
CREATE INDEX ix_revisions_account ON revisions (account, id);

-- The five tables of the catalogue. Written in the SQL that PostgreSQL, H2 and MariaDB share:
-- ids come from sequences (not identity columns) so that no statement differs per database.

CREATE SEQUENCE movies_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE actors_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE contact_details_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE stuntmen_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE movies (
    id           BIGINT       NOT NULL,
    version      BIGINT       NOT NULL,
    title        VARCHAR(200) NOT NULL,
    release_date DATE,
    CONSTRAINT pk_movies PRIMARY KEY (id)
);

CREATE TABLE actors (
    id       BIGINT       NOT NULL,
    version  BIGINT       NOT NULL,
    name     VARCHAR(100) NOT NULL,
    birthday DATE,
    CONSTRAINT pk_actors PRIMARY KEY (id)
);

CREATE TABLE movies_actors (
    movie_id BIGINT NOT NULL,
    actor_id BIGINT NOT NULL,
    CONSTRAINT pk_movies_actors PRIMARY KEY (movie_id, actor_id),
    CONSTRAINT fk_movies_actors_movie FOREIGN KEY (movie_id) REFERENCES movies (id) ON DELETE CASCADE,
    CONSTRAINT fk_movies_actors_actor FOREIGN KEY (actor_id) REFERENCES actors (id) ON DELETE CASCADE
);

CREATE TABLE contact_details (
    id           BIGINT       NOT NULL,
    phone_number VARCHAR(32)  NOT NULL,
    address      VARCHAR(200) NOT NULL,
    actor_id     BIGINT       NOT NULL,
    CONSTRAINT pk_contact_details PRIMARY KEY (id),
    CONSTRAINT fk_contact_details_actor FOREIGN KEY (actor_id) REFERENCES actors (id)
);

CREATE TABLE stuntmen (
    id       BIGINT       NOT NULL,
    name     VARCHAR(100) NOT NULL,
    active   BOOLEAN      NOT NULL,
    actor_id BIGINT       NOT NULL,
    CONSTRAINT pk_stuntmen PRIMARY KEY (id),
    CONSTRAINT uk_stuntmen_actor UNIQUE (actor_id),
    CONSTRAINT fk_stuntmen_actor FOREIGN KEY (actor_id) REFERENCES actors (id)
);

-- Foreign keys not already leading an index (movies_actors.movie_id leads the primary key,
-- stuntmen.actor_id has its unique key).
CREATE INDEX ix_movies_actors_actor ON movies_actors (actor_id);
CREATE INDEX ix_contact_details_actor ON contact_details (actor_id);

-- Columns the listings filter and sort on.
CREATE INDEX ix_movies_release_date ON movies (release_date);
CREATE INDEX ix_movies_title ON movies (title);
CREATE INDEX ix_actors_name ON actors (name);
CREATE INDEX ix_actors_birthday ON actors (birthday);

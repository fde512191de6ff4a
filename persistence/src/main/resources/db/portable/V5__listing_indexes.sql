-- The listings' date orders (date, then id) on H2 and MariaDB. PostgreSQL gets more in its own V5
-- (db/postgresql/V5__listing_indexes.sql): expression and trigram indexes, which these lack.
CREATE INDEX IF NOT EXISTS ix_movies_release_date_id ON movies (release_date, id);
CREATE INDEX IF NOT EXISTS ix_actors_birthday_id ON actors (birthday, id);

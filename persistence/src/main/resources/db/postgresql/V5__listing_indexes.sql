-- Indexes that let every listing read only the rows of the page it shows, on PostgreSQL. The other
-- databases get the portable part (db/portable/V5__listing_indexes.sql): neither H2 nor MariaDB can
-- index an expression such as LOWER(title), and pg_trgm is PostgreSQL's.
--
-- IF [NOT] EXISTS throughout, so that a partly applied run can be repeated.

-- The listings' orders (MovieSort, ActorSort): by name ignoring case, then id; by date with the
-- undated last, then id, in both directions. A B-tree serves "ASC NULLS LAST" forwards and
-- "DESC NULLS FIRST" backwards, so the descending date order needs one of its own.
CREATE INDEX IF NOT EXISTS ix_movies_lower_title_id ON movies (LOWER(title), id);
CREATE INDEX IF NOT EXISTS ix_movies_release_date_id ON movies (release_date, id);
CREATE INDEX IF NOT EXISTS ix_movies_release_date_desc_id ON movies (release_date DESC NULLS LAST, id DESC);
CREATE INDEX IF NOT EXISTS ix_actors_lower_name_id ON actors (LOWER(name), id);
CREATE INDEX IF NOT EXISTS ix_actors_birthday_id ON actors (birthday, id);
CREATE INDEX IF NOT EXISTS ix_actors_birthday_desc_id ON actors (birthday DESC NULLS LAST, id DESC);

-- Superseded by the ones above (a date filter uses the leading column of the composite index).
DROP INDEX IF EXISTS ix_movies_title;
DROP INDEX IF EXISTS ix_movies_release_date;
DROP INDEX IF EXISTS ix_actors_name;
DROP INDEX IF EXISTS ix_actors_birthday;

-- Searches for a part of a title, a name or an address (LOWER(x) LIKE '%part%') can use an index
-- only through trigrams. pg_trgm ships with PostgreSQL and is a trusted extension, which the
-- database's owner may create; where it is not installed or this role may not create it, the
-- searches still work, by reading the table, and the notice says why they are slow.
DO $$
BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
    CREATE INDEX IF NOT EXISTS ix_movies_title_trgm ON movies USING gin (LOWER(title) gin_trgm_ops);
    CREATE INDEX IF NOT EXISTS ix_actors_name_trgm ON actors USING gin (LOWER(name) gin_trgm_ops);
    CREATE INDEX IF NOT EXISTS ix_contact_details_address_trgm
        ON contact_details USING gin (LOWER(address) gin_trgm_ops);
EXCEPTION
    WHEN insufficient_privilege OR undefined_file OR feature_not_supported OR undefined_object THEN
        RAISE WARNING 'Marquee: no trigram indexes (%), so searches read whole tables; see "Performance" in the README', SQLERRM;
END
$$;

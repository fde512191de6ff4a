-- No two movies with the same title (ignoring case) and release date, enforced by the database so that
-- two people adding the same movie at the same moment cannot both succeed. MariaDB cannot index an
-- expression such as LOWER(title), and a unique key over a nullable date would let undated movies
-- repeat, so the key is a column of its own: the lower-case title, a bar, and the date as YYYY-MM-DD
-- (empty when there is none). The Movie entity computes it from then on (Movie.titleKeyOf).
--
-- ${binaryText} is empty on PostgreSQL and H2, whose text comparisons are exact, and a binary collation
-- on MariaDB, whose default collation would also take "é" for "e" (SchemaMigrator sets it).

-- Added with a default so that existing rows get a value at once; the default goes again below.
ALTER TABLE movies ADD COLUMN title_key VARCHAR(640) ${binaryText} DEFAULT '' NOT NULL;

-- CAST(date AS CHAR(10)) is YYYY-MM-DD on all three (PostgreSQL under the ISO DateStyle its JDBC
-- driver sets). SQL lower-casing can differ from Java's for a few letters outside ASCII; such a
-- movie gets the entity's key when its title or date is next changed.
UPDATE movies SET title_key = CONCAT(LOWER(title), '|', COALESCE(CAST(release_date AS CHAR(10)), ''));

-- Movies that already clash (added before this check, or in a race) keep their rows: every one but the
-- oldest of each key gets '#' and its id appended, which no key the entity computes ends with. The
-- derived table d is for MariaDB, which refuses a subquery on the table being updated.
UPDATE movies SET title_key = CONCAT(title_key, '#', id)
 WHERE id IN (SELECT id FROM (SELECT m.id FROM movies m
                               WHERE EXISTS (SELECT 1 FROM movies o
                                              WHERE o.title_key = m.title_key AND o.id < m.id)) d);

ALTER TABLE movies ALTER COLUMN title_key DROP DEFAULT;
ALTER TABLE movies ADD CONSTRAINT uk_movies_title_key UNIQUE (title_key);

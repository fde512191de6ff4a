-- Contact details and stuntmen get an optimistic-lock version like movies and actors, so that two
-- people editing the same contact or stuntman cannot silently overwrite each other. Existing rows
-- start at version 0. One statement per column: H2 and PostgreSQL do not accept MariaDB's
-- multi-column ADD.
ALTER TABLE contact_details ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE stuntmen ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;

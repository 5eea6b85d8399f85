/**
 * CSV as Polnet reads and writes it (RFC 4180): the reference data files, uploaded feeds, audit exports and the
 * rows sent to PostgreSQL's COPY. One reader and one writer, so that every module agrees on quotes, line breaks in
 * fields and the byte order mark. Owns no tables and depends on nothing.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
@org.jspecify.annotations.NullMarked
package org.polnet.csv;

/**
 * Documents: the SLTD database of stolen and lost travel documents and FIND, the real-time check of documents by
 * border and police systems, a database on the records skeleton. Other modules call
 * {@link org.polnet.documents.TravelDocuments} and listen to {@link org.polnet.documents.DocumentReported},
 * {@link org.polnet.documents.DocumentChanged} and {@link org.polnet.documents.DocumentsImported} (a bulk import's
 * batch); matches are published as {@code org.polnet.hits.RecordMatched}
 * (FIND's by the find module, into which SLTD plugs its key, index and matches).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "access", "database", "find", "find::web", "identity", "imports", "mind", "records", "records::web", "refusals" })
@org.jspecify.annotations.NullMarked
package org.polnet.documents;

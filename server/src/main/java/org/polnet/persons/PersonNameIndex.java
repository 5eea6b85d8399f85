package org.polnet.persons;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.polnet.database.AfterCommit;
import org.polnet.engines.names.NameKeys;
import org.polnet.engines.names.SearchKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

/**
 * The persons' names as search keys in a Lucene index, to find candidates for the names engine to rank. A
 * projection of {@code persons_person}, kept under the data directory ({@code index/persons}):
 * <ul>
 * <li>kept current by the module's events after their transaction commits (a report, an amendment, a closing, an
 * import batch), each change committed to the index at once;</li>
 * <li>rebuilt from PostgreSQL at start when it is missing, was not closed cleanly (a crash between a commit in
 * PostgreSQL and the index's own), or was built from other data (its commit records the persons' fingerprint,
 * which every change of a person moves).</li>
 * </ul>
 * Each person is one document: its id, and the keys of every name and alias ({@link NameKeys}): folded tokens,
 * their Latin forms, phonetic codes and consonant skeletons, each kind prefixed. Thread-safe: Lucene's writer and
 * searcher manager are.
 */
@Component
class PersonNameIndex {

	private static final Logger log = LoggerFactory.getLogger(PersonNameIndex.class);

	private static final String ID = "id";

	private static final String KEY = "key";

	private static final String FINGERPRINT = "fingerprint";

	private static final String CLEAN = "clean";

	private final PersonRows rows;

	private final Directory directory;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	PersonNameIndex(PersonRows rows, @Value("${polnet.data-dir}") Path dataDir) throws IOException {
		this.rows = rows;
		Path path = dataDir.resolve("index").resolve("persons");
		Files.createDirectories(path);
		this.directory = FSDirectory.open(path);
		Map<String, String> previous = DirectoryReader.indexExists(directory)
				? SegmentInfos.readLatestCommit(directory).getUserData() : Map.of();
		this.writer = new IndexWriter(directory, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
		String fingerprint = rows.fingerprint();
		if ("true".equals(previous.get(CLEAN)) && fingerprint.equals(previous.get(FINGERPRINT))) {
			log.info("Person name index is current ({} persons)", writer.getDocStats().numDocs);
		}
		else {
			rebuild();
		}
		// until it is closed cleanly again, a start after a crash rebuilds it
		commit(false);
		this.searchers = new SearcherManager(writer, null);
	}

	private void rebuild() throws IOException {
		long started = System.nanoTime();
		writer.deleteAll();
		int[] count = { 0 };
		rows.forEachOpen(person -> {
			try {
				writer.addDocument(document(person));
				count[0]++;
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
		log.info("Person name index rebuilt from the database: {} persons in {} ms", count[0],
				(System.nanoTime() - started) / 1_000_000);
	}

	/** The ids of the persons whose names share most keys with this name, best first; at most {@code limit}. */
	List<Long> candidates(String name, int limit) {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		Set<String> keys = keys(NameKeys.of(name));
		if (keys.isEmpty()) {
			return List.of();
		}
		keys.stream().limit(IndexSearcher.getMaxClauseCount()).forEach(key -> query.add(
				new BoostQuery(new TermQuery(new Term(KEY, key)), key.startsWith("t:") || key.startsWith("l:") ? 2f : 1f),
				BooleanClause.Occur.SHOULD));
		try {
			IndexSearcher searcher = searchers.acquire();
			try {
				List<Long> ids = new ArrayList<>();
				for (ScoreDoc hit : searcher.search(query.build(), limit).scoreDocs) {
					ids.add(Long.parseLong(searcher.storedFields().document(hit.doc).get(ID)));
				}
				return ids;
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("The person name index could not be read", e);
		}
	}

	int size() {
		return writer.getDocStats().numDocs;
	}

	@EventListener
	void on(PersonReported reported) {
		AfterCommit.run(() -> follow(List.of(reported.person())));
	}

	@EventListener
	void on(PersonChanged changed) {
		AfterCommit.run(() -> follow(List.of(changed.person())));
	}

	@EventListener
	void on(PersonsImported imported) {
		AfterCommit.run(() -> follow(rows.findAll(imported.ids())));
	}

	/** Puts the persons in as they now are (a closed one out), and commits. */
	private synchronized void follow(List<Person> persons) {
		try {
			for (Person person : persons) {
				if (person.active()) {
					writer.updateDocument(new Term(ID, Long.toString(person.id())), document(person));
				}
				else {
					writer.deleteDocuments(new Term(ID, Long.toString(person.id())));
				}
			}
			commit(false);
			searchers.maybeRefreshBlocking();
		}
		catch (IOException e) {
			// the index is behind PostgreSQL until the next clean start rebuilds it: searches may miss these persons
			log.error("The person name index could not follow {} persons; it will be rebuilt at the next start",
					persons.size(), e);
		}
	}

	@PreDestroy
	synchronized void close() throws IOException {
		try {
			commit(true);
		}
		finally {
			searchers.close();
			writer.close();
			directory.close();
		}
	}

	private void commit(boolean clean) throws IOException {
		writer.setLiveCommitData(Map.of(FINGERPRINT, rows.fingerprint(), CLEAN, Boolean.toString(clean)).entrySet());
		writer.commit();
	}

	private static Document document(Person person) {
		Document document = new Document();
		document.add(new StringField(ID, Long.toString(person.id()), Field.Store.YES));
		Set<String> keys = new LinkedHashSet<>();
		for (String name : PersonDescriptions.names(person)) {
			keys.addAll(keys(NameKeys.of(name)));
		}
		keys.forEach(key -> document.add(new StringField(KEY, key, Field.Store.NO)));
		return document;
	}

	private static Set<String> keys(SearchKeys keys) {
		Set<String> prefixed = new LinkedHashSet<>();
		keys.tokens().forEach(key -> prefixed.add("t:" + key));
		keys.latin().forEach(key -> prefixed.add("l:" + key));
		keys.phonetic().forEach(key -> prefixed.add("p:" + key));
		keys.skeletons().forEach(key -> prefixed.add("s:" + key));
		return prefixed;
	}
}

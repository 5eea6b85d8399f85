package org.polnet.persons;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.polnet.access.RecordAccess;
import org.polnet.access.SqlFilter;
import org.polnet.documents.DocumentType;
import org.polnet.records.RecordSearch;
import org.polnet.records.StandardRecordTable;
import org.polnet.searchtext.SearchText;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The persons tables, in the records' standard shape: only the persons' own columns and search are here. */
@Component
class PersonRows extends StandardRecordTable<Person, PersonDraft, PersonQuery> {

	PersonRows(JdbcClient jdbc) {
		super(jdbc, "persons_person", Person.ACTIVE, Person::fromRow);
	}

	@Override
	protected Map<String, @Nullable Object> columns(PersonDraft draft) {
		Map<String, @Nullable Object> columns = new LinkedHashMap<>();
		columns.put("family_name", draft.familyName().strip());
		columns.put("forenames", draft.forenames().strip());
		columns.put("family_name_original", draft.familyNameOriginal().strip());
		columns.put("forenames_original", draft.forenamesOriginal().strip());
		columns.put("aliases", draft.aliases().stream().map(String::strip).filter(a -> !a.isEmpty()).toArray(String[]::new));
		columns.put("sex", draft.sex().name());
		columns.put("birth_year", draft.birthYear());
		columns.put("birth_month", draft.birthMonth());
		columns.put("birth_day", draft.birthDay());
		columns.put("birth_place", draft.birthPlace().strip());
		columns.put("birth_country", draft.birthCountry().isBlank() ? null : draft.birthCountry().toUpperCase(Locale.ROOT));
		columns.put("nationalities", sorted(draft.nationalities().stream().map(code -> code.toUpperCase(Locale.ROOT))));
		columns.put("languages", sorted(draft.languages().stream()));
		columns.put("height_cm", draft.heightCm());
		columns.put("weight_kg", draft.weightKg());
		columns.put("eye_colour", draft.eyeColour().strip());
		columns.put("hair_colour", draft.hairColour().strip());
		columns.put("distinguishing_marks", draft.distinguishingMarks().strip());
		columns.put("national_reference", draft.nationalReference().isBlank() ? null : draft.nationalReference().strip());
		columns.put("remarks", draft.remarks().strip());
		columns.put("search_names", searchNames(draft));
		return columns;
	}

	@Override
	public long insert(PersonDraft draft, RecordAccess access, LocalDate reportedOn, LocalDate reviewAt,
			String reportedBy) {
		long id = super.insert(draft, access, reportedOn, reviewAt, reportedBy);
		writeDocuments(id, draft.documents());
		return id;
	}

	@Override
	public void update(long id, PersonDraft draft, RecordAccess access, LocalDate reviewAt) {
		super.update(id, draft, access, reviewAt);
		jdbc.sql("DELETE FROM persons_document WHERE person_id = ?").param(id).update();
		writeDocuments(id, draft.documents());
	}

	/** The person with their identity documents (search results go without them). */
	@Override
	public Optional<Person> find(long id) {
		return super.find(id).map(person -> person.withDocuments(jdbc
			.sql("SELECT document_type, issuing_country, document_number FROM persons_document WHERE person_id = ? "
					+ "ORDER BY position")
			.param(id)
			.query((rs, row) -> new IdentityDocument(DocumentType.valueOf(rs.getString(1)), rs.getString(2),
					rs.getString(3)))
			.list()));
	}

	/** Every open person, for building the name index. */
	void forEachOpen(Consumer<Person> action) {
		jdbc.sql("SELECT * FROM persons_person WHERE closed_at IS NULL")
			.query((RowCallbackHandler) rs -> action.accept(Person.fromRow(rs, 0)));
	}

	/** These persons as they are now (withdrawn ones included), for the name index to follow. */
	List<Person> findAll(Collection<Long> ids) {
		return jdbc.sql("SELECT * FROM persons_person WHERE id = ANY(?)")
			.param(ids.toArray(Long[]::new))
			.query(Person::fromRow)
			.list();
	}

	/** Those of these persons a search may show: open, not past their review date, and visible through the filter. */
	List<Person> searchable(Collection<Long> ids, SqlFilter visible) {
		return new RecordSearch(visible).and("r.id = ANY(:ids)", "ids", ids.toArray(Long[]::new))
			.and("r.closed_at IS NULL AND r.review_at >= CURRENT_DATE")
			.page(jdbc, "persons_person", Person::fromRow, 0, ids.size());
	}

	/**
	 * What the persons' tables hold, in one value that changes with every change of a person (each writes a history
	 * line): the name index is rebuilt at start when it was built from something else.
	 */
	String fingerprint() {
		return jdbc.sql("SELECT count(*) || ':' || coalesce(max(id), 0) FROM persons_person_history")
			.query(String.class)
			.single();
	}

	private void writeDocuments(long id, List<IdentityDocument> documents) {
		for (int i = 0; i < documents.size(); i++) {
			IdentityDocument document = documents.get(i);
			jdbc.sql("INSERT INTO persons_document (person_id, position, document_type, issuing_country, document_number)"
					+ " VALUES (?, ?, ?, ?, ?)")
				.params(id, i, document.type().name(), document.issuingCountry(), document.number())
				.update();
		}
	}

	/** An office's own reference: a feed of the same office names a person it already recorded by it. */
	@Override
	protected List<String> keyColumns() {
		return List.of("owner_office", "national_reference");
	}

	@Override
	protected String where(PersonQuery query, Map<String, Object> params) {
		List<String> conditions = new java.util.ArrayList<>();
		// an expired record (review date passed without renewal) leaves every search until it is deleted
		conditions.add("r.closed_at IS NULL AND r.review_at >= CURRENT_DATE");
		String name = query.name() == null ? "" : SearchText.words(query.name());
		String[] words = name.isEmpty() ? new String[0] : name.split(" ");
		for (int i = 0; i < Math.min(words.length, 8); i++) {
			// each word must start a word of the names: " " + search_names holds " word..."
			conditions.add("(' ' || r.search_names) LIKE :name" + i);
			params.put("name" + i, "% " + escapeLike(words[i]) + "%");
		}
		if (query.nationality() != null && !query.nationality().isBlank()) {
			conditions.add(":nationality = ANY (r.nationalities)");
			params.put("nationality", query.nationality().strip().toUpperCase(Locale.ROOT));
		}
		if (query.birthYear() != null) {
			conditions.add("r.birth_year = :year");
			params.put("year", query.birthYear());
		}
		if (query.sex() != null) {
			conditions.add("r.sex = :sex");
			params.put("sex", query.sex().name());
		}
		return String.join(" AND ", conditions);
	}

	/** Every name and alias folded into words (accents, case and letter forms ignored), for the name filter. */
	static String searchNames(PersonDraft draft) {
		return Stream.concat(Stream.of(draft.familyName(), draft.forenames(), draft.familyNameOriginal(),
				draft.forenamesOriginal()), draft.aliases().stream())
			.map(SearchText::words)
			.filter(words -> !words.isEmpty())
			.collect(Collectors.joining(" "));
	}

	private static String[] sorted(Stream<String> codes) {
		return codes.sorted().distinct().toArray(String[]::new);
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}

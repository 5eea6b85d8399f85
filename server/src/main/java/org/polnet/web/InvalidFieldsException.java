package org.polnet.web;

import java.util.List;

/**
 * A request body whose fields break their constraints, read by {@link JsonExchange}: answered by
 * {@link ApiProblems} like an invalid {@code @Valid @RequestBody}, each field at fault named with its message.
 */
class InvalidFieldsException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/** A field at fault, by its path in the body ({@code items[2].number}), and what is wrong with it. */
	record Field(String field, String message) {
	}

	private final transient List<Field> fields;

	InvalidFieldsException(List<Field> fields) {
		super("Invalid fields: " + fields.stream().map(Field::field).toList(), null, false, false);
		this.fields = List.copyOf(fields);
	}

	List<Field> fields() {
		return fields;
	}
}

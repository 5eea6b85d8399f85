package org.polnet.persons;

import org.polnet.records.Change;

/** A person record was amended or withdrawn (published in the changing transaction). */
public record PersonChanged(Person before, Person person, Change change) {
}

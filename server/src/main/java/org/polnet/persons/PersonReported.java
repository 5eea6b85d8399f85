package org.polnet.persons;

/** A person was recorded (published in the recording transaction). */
public record PersonReported(Person person) {
}

package org.polnet.messaging;

/** How fast a message needs attention: urgent and flash messages must be acknowledged by each recipient office. */
public enum Priority {
	ROUTINE, URGENT, FLASH;

	public boolean needsAcknowledgement() {
		return this != ROUTINE;
	}
}

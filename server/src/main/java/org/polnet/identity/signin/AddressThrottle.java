package org.polnet.identity.signin;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins per client address, across accounts: an account locks after five failures of its own, but
 * password spraying (one common password tried on many accounts) never reaches that. After
 * {@code polnet.identity.sign-in.address-failures} failures (30) within {@code .address-window} (10 minutes) an
 * address may not try again until its window ends. Kept in memory, per node; the map is bounded (the oldest windows
 * go first once it is full), so a flood of addresses costs no more than that.
 */
@Component
class AddressThrottle {

	/** Addresses followed at once; a window takes about a hundred bytes. */
	static final int MAX_ADDRESSES = 100_000;

	private record Window(Instant start, int failures) {
	}

	private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

	private final int maxFailures;

	private final Duration length;

	AddressThrottle(@Value("${polnet.identity.sign-in.address-failures:30}") int maxFailures,
			@Value("${polnet.identity.sign-in.address-window:10m}") Duration length) {
		this.maxFailures = maxFailures;
		this.length = length;
	}

	/** Whether this address may try to sign in now. */
	boolean allows(String address, Instant now) {
		Window window = windows.get(address);
		return window == null || expired(window, now) || window.failures() < maxFailures;
	}

	/** Counts a failure; true when it is the one that stops the address (to record once). */
	boolean failed(String address, Instant now) {
		if (windows.size() >= MAX_ADDRESSES) {
			windows.values().removeIf(window -> expired(window, now));
			if (windows.size() >= MAX_ADDRESSES) {
				windows.clear(); // a flood of addresses: start counting again rather than grow without bound
			}
		}
		Window counted = windows.merge(address, new Window(now, 1),
				(old, one) -> expired(old, now) ? one : new Window(old.start(), old.failures() + 1));
		return counted.failures() == maxFailures;
	}

	private boolean expired(Window window, Instant now) {
		return !now.isBefore(window.start().plus(length));
	}
}

package org.polnet.audit;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Chains committed entries some milliseconds after they commit, on one background thread, so that no business
 * transaction ever waits for the chain's head. Under load it seals in rounds back to back (a short pause lets
 * each block gather entries); when idle it backs off, and a commit that wrote entries wakes it at once.
 * <p>
 * As a {@link SmartLifecycle} it starts after the context is ready and stops before the connection pool closes.
 */
final class AuditSealer implements SmartLifecycle {

	private static final Logger LOG = LoggerFactory.getLogger(AuditSealer.class);

	/**
	 * The pause after a round that sealed something, while the next block gathers entries. A round costs about ten
	 * statements whatever its size: at FIND's rates, rounds every 2 ms were half of the database's work per check,
	 * every 20 ms they are a tenth of it. An entry is still chained within a few tens of milliseconds, and the first
	 * entry after a quiet spell at once (a commit wakes the sealer).
	 */
	private static final long GATHER_NANOS = Duration.ofMillis(20).toNanos();

	private static final long MAX_IDLE_NANOS = Duration.ofMillis(100).toNanos();

	private final Sealing sealing;

	private final boolean enabled;

	private volatile boolean running;

	private volatile @Nullable Thread thread;

	AuditSealer(Sealing sealing, boolean enabled) {
		this.sealing = sealing;
		this.enabled = enabled;
	}

	/** Asks for a round soon; called after a transaction that wrote entries commits. Cheap and never blocks. */
	void wake() {
		Thread sealer = thread;
		if (sealer != null) {
			LockSupport.unpark(sealer);
		}
	}

	@Override
	public void start() {
		if (!enabled || running) {
			return;
		}
		running = true;
		Thread sealer = new Thread(this::loop, "audit-sealer");
		sealer.setDaemon(true);
		thread = sealer;
		sealer.start();
	}

	@Override
	public void stop() {
		running = false;
		Thread sealer = thread;
		if (sealer != null) {
			LockSupport.unpark(sealer);
			try {
				sealer.join(Duration.ofSeconds(10));
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			thread = null;
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	private void loop() {
		long idle = GATHER_NANOS;
		while (running) {
			try {
				int sealed = sealing.sealOnce();
				if (sealed >= sealing.blockLimit()) {
					continue; // behind: seal the next block straight away
				}
				if (sealed > 0) {
					idle = GATHER_NANOS;
					Thread.sleep(Duration.ofNanos(GATHER_NANOS)); // not parkNanos: commits would cut the pause short
				}
				else {
					LockSupport.parkNanos(idle);
					idle = Math.min(idle * 2, MAX_IDLE_NANOS);
				}
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException e) {
				if (running) {
					LOG.error("Sealing the audit trail failed; retrying in a second", e);
					LockSupport.parkNanos(Duration.ofSeconds(1).toNanos());
				}
			}
		}
	}
}

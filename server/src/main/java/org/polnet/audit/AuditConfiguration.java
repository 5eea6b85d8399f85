package org.polnet.audit;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail's parts. Settings (all optional):
 * <ul>
 * <li>{@code polnet.audit.key-dir}: where the checkpoint signing key lives, default {@code <data dir>/keys};
 * <li>{@code polnet.audit.checkpoint-every-entries} (1000) and {@code polnet.audit.checkpoint-every} (5m);
 * <li>{@code polnet.audit.block-limit}: most entries per block (5000);
 * <li>{@code polnet.audit.sealer.enabled}: false on a node that must not seal (the verifier never seals).
 * </ul>
 * The audit pages rely on {@code @PreAuthorize}: the identity module's security configuration enables method
 * security for the whole application.
 */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

	/** UTC wall clock; tests replace it to control time. */
	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

	/** Created at first start; the command-line verifier never creates one. */
	@Bean
	AuditKeys auditKeys(@Value("${polnet.audit.key-dir:${polnet.data-dir}/keys}") Path keyDirectory,
			@Value("${" + VerifyAndExit.PROPERTY + ":false}") String verifyAndExit) {
		return AuditKeys.inDirectory(keyDirectory, !VerifyAndExit.requested(verifyAndExit));
	}

	@Bean
	Sealing auditSealing(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock, AuditKeys keys,
			@Value("${polnet.audit.checkpoint-every-entries:1000}") long checkpointEntries,
			@Value("${polnet.audit.checkpoint-every:5m}") Duration checkpointInterval,
			@Value("${polnet.audit.block-limit:5000}") int blockLimit) {
		return new Sealing(jdbc, new TransactionTemplate(transactionManager), clock, keys,
				new CheckpointPolicy(checkpointEntries, checkpointInterval), blockLimit);
	}

	@Bean
	AuditSealer auditSealer(Sealing sealing, @Value("${polnet.audit.sealer.enabled:true}") boolean enabled,
			@Value("${" + VerifyAndExit.PROPERTY + ":false}") String verifyAndExit) {
		return new AuditSealer(sealing, enabled && !VerifyAndExit.requested(verifyAndExit));
	}
}

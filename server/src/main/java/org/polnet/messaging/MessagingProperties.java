package org.polnet.messaging;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Messaging's settings.
 *
 * @param masterKey          POLNET_MESSAGING_MASTER_KEY: the master key, 32 bytes in Base64, that wraps every office key
 * @param masterKeyFile      or a file holding those 32 bytes (raw); one of the two is required unless
 *                           {@code generateMasterKey} is on
 * @param previousMasterKeys retired master keys (Base64): office keys still wrapped by one are re-wrapped under the
 *                           current master key at start, which is how the master key rotates
 * @param generateMasterKey  demo and tests: without a configured key, create one in
 *                           {@code <data-dir>/keys/messaging-master.key}
 * @param acknowledgeWithin  how long a recipient office has to acknowledge an urgent or a flash message
 * @param escalationCheck    how often overdue acknowledgements are looked for
 */
@ConfigurationProperties("polnet.messaging")
record MessagingProperties(@Nullable String masterKey, @Nullable Path masterKeyFile,
		@DefaultValue List<String> previousMasterKeys, @DefaultValue("false") boolean generateMasterKey,
		@DefaultValue AcknowledgeWithin acknowledgeWithin,
		@DefaultValue("15s") Duration escalationCheck) {

	/**
	 * @param urgent an urgent message's deadline after it was sent
	 * @param flash  a flash message's
	 */
	record AcknowledgeWithin(@DefaultValue("15m") Duration urgent, @DefaultValue("5m") Duration flash) {

		@Nullable Duration of(Priority priority) {
			return switch (priority) {
				case ROUTINE -> null;
				case URGENT -> urgent;
				case FLASH -> flash;
			};
		}
	}
}

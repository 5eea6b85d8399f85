package org.polnet.identity.secondfactor;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;

/**
 * Spring Security's WebAuthn relying party, used for passkeys as a second factor. Not through
 * {@code http.webAuthn()}: that would make a passkey a login on its own, without the password before it.
 *
 * <p>
 * The relying party id is the site's domain ({@code polnet.webauthn.rp-id}); a passkey works only on the origins
 * listed in {@code polnet.webauthn.allowed-origins}, which must match what the browser shows, scheme and port
 * included.
 */
@Configuration(proxyBeanMethods = false)
class PasskeyConfiguration {

	@Bean
	PublicKeyCredentialUserEntityRepository passkeyUsers(JdbcOperations jdbc) {
		return new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
	}

	@Bean
	UserCredentialRepository passkeyCredentials(JdbcOperations jdbc) {
		return new JdbcUserCredentialRepository(jdbc);
	}

	@Bean
	AllowedOrigins allowedOrigins(
			@Value("${polnet.webauthn.allowed-origins:http://localhost:${server.port:8080}}") Set<String> origins) {
		return new AllowedOrigins(origins);
	}

	@Bean
	WebAuthnRelyingPartyOperations relyingParty(PublicKeyCredentialUserEntityRepository users,
			UserCredentialRepository credentials, AllowedOrigins origins,
			@Value("${polnet.webauthn.rp-id:localhost}") String rpId) {
		return new Webauthn4JRelyingPartyOperations(users, credentials,
				PublicKeyCredentialRpEntity.builder().id(rpId).name("Polnet").build(), origins.live());
	}

	/**
	 * The origins a passkey may be used on. An origin with port 0 (server.port=0: any free port, as in tests) means
	 * the port the server actually got, known only once it listens; the relying party reads the set on every
	 * ceremony, so it sees the port from then on.
	 */
	static final class AllowedOrigins {

		private final Set<String> configured;

		private final Set<String> live = new CopyOnWriteArraySet<>();

		AllowedOrigins(Set<String> configured) {
			this.configured = Set.copyOf(configured.stream().map(String::strip).toList());
			this.live.addAll(this.configured);
		}

		Set<String> live() {
			return live;
		}

		@EventListener
		void serverStarted(WebServerInitializedEvent event) {
			if (event.getApplicationContext().getServerNamespace() != null) {
				return; // a management server on a port of its own serves no pages
			}
			int port = event.getWebServer().getPort();
			Set<String> resolved = configured.stream()
				.map(origin -> origin.endsWith(":0") ? origin.substring(0, origin.length() - 1) + port : origin)
				.collect(Collectors.toSet());
			live.addAll(resolved);
			live.retainAll(resolved);
		}
	}
}

package org.polnet.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** A key rotation from the console starts no web server and makes no demo data. */
class KeyRotationModeTest {

	@Test
	void aRotationStartsNoWebServerAndNoDemoData() {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("command line", Map.of("polnet.keys.rotate", "mind")));
		new KeyRotation.Mode().postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("spring.main.web-application-type")).isEqualTo("none");
		assertThat(environment.getProperty("polnet.demo.enabled")).isEqualTo("false");
		assertThat(environment.getProperty("polnet.keys.rotate")).isEqualTo("mind");
	}
}

package org.polnet.identity.administration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** The console command starts no web server and makes no demo officers, whatever the profile says. */
class FirstAdministratorSetupModeTest {

	@Test
	void theSetupCommandStartsNoWebServerAndNoDemoData() {
		StandardEnvironment environment = environment(Map.of("polnet.setup.admin", "gs.first",
				"polnet.demo.enabled", "true"));
		new FirstAdministratorSetup.Mode().postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("spring.main.web-application-type")).isEqualTo("none");
		assertThat(environment.getProperty("polnet.demo.enabled")).isEqualTo("false");
	}

	@Test
	void anOrdinaryStartIsLeftAlone() {
		StandardEnvironment environment = environment(Map.of("polnet.demo.enabled", "true"));
		new FirstAdministratorSetup.Mode().postProcessEnvironment(environment, new SpringApplication());
		assertThat(environment.getProperty("spring.main.web-application-type")).isNull();
		assertThat(environment.getProperty("polnet.demo.enabled")).isEqualTo("true");
	}

	private static StandardEnvironment environment(Map<String, Object> properties) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("command line", properties));
		return environment;
	}
}

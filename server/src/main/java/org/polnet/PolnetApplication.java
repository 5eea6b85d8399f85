package org.polnet;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Polnet: police cooperation between the National Central Bureaus of member countries.
 * A modular monolith; each direct subpackage is a module (see ModularityTests).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class PolnetApplication {

	public static void main(String[] args) {
		SpringApplication.run(PolnetApplication.class, args);
	}
}

package org.polnet;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.task.SimpleAsyncTaskExecutorBuilder;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
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

	/**
	 * Asynchronous work (module event listeners, {@code @Async}) runs on virtual threads, one per task: a listener
	 * that waits on the database or a slow client never holds up the others. Requests are served by platform
	 * threads instead (application.yml), which is why this is not left to {@code spring.threads.virtual.enabled}.
	 */
	@Bean(name = { "applicationTaskExecutor", "taskExecutor" })
	SimpleAsyncTaskExecutor applicationTaskExecutor(SimpleAsyncTaskExecutorBuilder builder) {
		return builder.virtualThreads(true).threadNamePrefix("task-").build();
	}
}

package org.polnet;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a random port (and a MockMvc), with a data directory and a database of its own on the test
 * JVM's embedded PostgreSQL, with the demo data. Every test class using exactly this annotation shares one application
 * context: keep extra configuration (mock beans, properties) off test classes. For the tests of the modules below the
 * police databases, {@link GroundModulesTest} starts less.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = PolnetApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestDataDirectory.class)
@ActiveProfiles({ "demo", "test" })
public @interface PolnetIntegrationTest {

}

package org.polnet;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The modules every police database stands on (members, audit, identity, web, database), hits and messaging, without the
 * police databases, their demo data and indexes, or a server port; with a MockMvc, on a database of its own.
 * <p>
 * One slice for the tests of all these modules, not one per module: each distinct context starts its own beans and
 * database, and with the whole application's context still needed by the police databases' tests, a context per
 * module would cost more than the modules' tests themselves. Keep extra configuration off test classes so that
 * they all share this one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
// ModularityTests verifies the modules, without the engines library (which this verification would count as a module)
@ApplicationModuleTest(module = "messaging", mode = BootstrapMode.ALL_DEPENDENCIES,
		extraIncludes = { "database", "hits", "identity", "web" },
		verifyAutomatically = false)
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestDataDirectory.class)
@ActiveProfiles("test")
public @interface GroundModulesTest {

}

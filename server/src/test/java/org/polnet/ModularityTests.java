package org.polnet;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules keep to their floors: no cycles, no reaching into another module's internals. */
class ModularityTests {

	// the engines (org.polnet.engines.*) are a plain Java library of their own artifact, not an application
	// module: every module may call their public API, and they call nothing of the server
	private final ApplicationModules modules = ApplicationModules.of(PolnetApplication.class,
			JavaClass.Predicates.resideInAPackage("org.polnet.engines.."));

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}
}

package org.polnet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import com.tngtech.archunit.core.domain.JavaClass;

/**
 * docs/architecture.md's table of modules says what each module may depend on; each module's package-info
 * declares it for ModularityTests. They must agree, so that the document cannot drift from the code.
 */
class ArchitectureDocumentTests {

	private static final Path DOCUMENT = Path.of("..", "docs", "architecture.md");

	@Test
	void theModulesTableListsEveryModuleWithTheDependenciesItDeclares() throws Exception {
		Map<String, Set<String>> declared = new TreeMap<>();
		ApplicationModules.of(PolnetApplication.class, JavaClass.Predicates.resideInAPackage("org.polnet.engines.."))
			.forEach(module -> declared.put(module.getIdentifier().toString(),
					allowed(module.getBasePackage().getName())));

		assertThat(documented()).isEqualTo(declared);
	}

	private static Set<String> allowed(String basePackage) {
		try {
			ApplicationModule module = Class.forName(basePackage + ".package-info").getAnnotation(ApplicationModule.class);
			assertThat(module).as("%s declares its allowed dependencies", basePackage).isNotNull();
			return new TreeSet<>(Arrays.asList(module.allowedDependencies()));
		}
		catch (ClassNotFoundException e) {
			throw new AssertionError(basePackage + " has no package-info.java declaring its dependencies", e);
		}
	}

	/** The rows between the table's markers: module, then the dependencies ("—" for none). */
	private static Map<String, Set<String>> documented() throws IOException {
		String text = Files.readString(DOCUMENT, StandardCharsets.UTF_8);
		String table = text.substring(text.indexOf("<!-- modules:"), text.indexOf("<!-- /modules -->"));
		Map<String, Set<String>> rows = new TreeMap<>();
		table.lines().filter(line -> line.startsWith("| ") && line.contains("| `")).forEach(line -> {
			String[] cells = line.split("\\|");
			String module = cells[2].strip().replace("`", "");
			Set<String> dependencies = new TreeSet<>();
			Arrays.stream(cells[3].split(","))
				.map(String::strip)
				.filter(dependency -> !dependency.isEmpty() && !dependency.equals("—"))
				.forEach(dependencies::add);
			rows.put(module, dependencies);
		});
		return rows;
	}
}

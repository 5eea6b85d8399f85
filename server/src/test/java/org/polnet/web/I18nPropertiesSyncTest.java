package org.polnet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Fails the build when a page shows words that are not translated, or when a bundle misses a key in one of
 * the four languages (after Spring PetClinic's test of the same name).
 */
class I18nPropertiesSyncTest {

	private static final Path MESSAGES = Path.of("src/main/resources/messages");

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final List<String> LANGUAGES = List.of("en", "fr", "es", "ar");

	/** Text between tags that is not a Thymeleaf expression and holds a letter. */
	private static final Pattern TEXT_NODE = Pattern.compile(">([^<>]*\\p{L}[^<>]*)<");

	@Test
	void everyBundleHasEveryKeyInEveryLanguage() throws IOException {
		List<String> problems = new ArrayList<>();
		for (String bundle : bundles()) {
			Set<String> allKeys = new TreeSet<>();
			for (String language : LANGUAGES) {
				allKeys.addAll(load(bundle, language).stringPropertyNames());
			}
			for (String language : LANGUAGES) {
				Properties properties = load(bundle, language);
				for (String key : allKeys) {
					String value = properties.getProperty(key);
					if (value == null || value.isBlank()) {
						problems.add(bundle + "_" + language + ".properties lacks " + key);
					}
				}
			}
		}
		assertThat(problems).as("missing translations").isEmpty();
	}

	@Test
	void everyKeyATemplateUsesExists() throws IOException {
		Set<String> keys = new TreeSet<>();
		for (String bundle : bundles()) {
			keys.addAll(load(bundle, "en").stringPropertyNames());
		}
		Pattern used = Pattern.compile("#\\{([a-zA-Z0-9_.\\-]+)");
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			Matcher matcher = used.matcher(Files.readString(template));
			while (matcher.find()) {
				if (!keys.contains(matcher.group(1))) {
					problems.add(TEMPLATES.relativize(template) + " uses unknown key " + matcher.group(1));
				}
			}
		}
		assertThat(problems).as("keys used by templates but not defined").isEmpty();
	}

	/**
	 * Every text an officer reads comes from a bundle: a literal between tags is allowed only where th:text or
	 * th:utext replaces it, or it is a brand, a symbol or a code.
	 */
	@Test
	void templatesHoldNoUntranslatedLiterals() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			String html = Files.readString(template);
			// drop comments, scripts and styles: no reader sees them as text
			html = html.replaceAll("(?s)<!--.*?-->", "")
				.replaceAll("(?s)<script.*?</script>", "")
				.replaceAll("(?s)<style.*?</style>", "");
			Matcher matcher = TEXT_NODE.matcher(html);
			while (matcher.find()) {
				String text = matcher.group(1).strip();
				if (text.isEmpty() || allowed(text)) {
					continue;
				}
				String tag = html.substring(html.lastIndexOf('<', matcher.start()), matcher.start() + 1);
				boolean replacedAtRenderTime = !tag.startsWith("</")
						&& (tag.contains("th:text") || tag.contains("th:utext") || tag.contains("th:replace"));
				if (replacedAtRenderTime) {
					continue;
				}
				problems.add(TEMPLATES.relativize(template) + ": \"" + text + "\"");
			}
		}
		assertThat(problems).as("untranslated literals in templates").isEmpty();
	}

	private static boolean allowed(String text) {
		// the brand, the page title default, symbols and machine-readable codes are not translated
		return text.equals("Polnet") || text.startsWith("◆") || text.matches("[\\p{Punct}\\p{S}\\d\\s]+")
				|| text.matches("\\[\\[.*]]") || text.matches("\\[\\(.*\\)]");
	}

	private static Set<String> bundles() throws IOException {
		try (Stream<Path> files = Files.list(MESSAGES)) {
			Set<String> bundles = new TreeSet<>();
			files.map(file -> file.getFileName().toString())
				.filter(name -> name.matches("[a-z]+_[a-z]{2}\\.properties"))
				.forEach(name -> bundles.add(name.substring(0, name.indexOf('_'))));
			return bundles;
		}
	}

	private static Properties load(String bundle, String language) throws IOException {
		Properties properties = new Properties();
		Path file = MESSAGES.resolve(bundle + "_" + language + ".properties");
		if (Files.exists(file)) {
			try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				properties.load(reader);
			}
		}
		return properties;
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(file -> file.toString().endsWith(".html")).toList();
		}
	}
}

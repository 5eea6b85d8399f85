package org.polnet.engines.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists the matcher relies on, read once from this package's resources. Their sources and licences are
 * written at the top of each file and in {@code docs/names.md}. Immutable after loading.
 */
final class NameLists {

    /** Honorifics and titles, each as its tokens (one or more words), in their normalised Latin form. */
    static final List<List<String>> HONORIFICS;
    static final Set<String> PARTICLES;
    static final Set<String> PATRONYMIC_PARTICLES;
    /** For each given name, the nicknames of its row, and for each nickname the given names listing it. */
    private static final Map<String, Set<String>> NICKNAMES;

    static {
        List<List<String>> honorifics = new ArrayList<>();
        for (String line : lines("honorifics.txt")) {
            honorifics.add(List.of(TokenText.asciiFold(line).split(" ")));
        }
        // longest first, so that "the right honourable" is removed whole rather than "the" alone
        honorifics.sort((a, b) -> b.size() - a.size());
        HONORIFICS = List.copyOf(honorifics);

        Set<String> particles = new HashSet<>();
        Set<String> patronymic = new HashSet<>();
        for (String line : lines("particles.txt")) {
            String[] fields = line.trim().split("\\s+");
            particles.add(fields[0]);
            if (fields.length > 1 && fields[1].equals("patronymic")) {
                patronymic.add(fields[0]);
            }
        }
        PARTICLES = Set.copyOf(particles);
        PATRONYMIC_PARTICLES = Set.copyOf(patronymic);

        Map<String, Set<String>> nicknames = new HashMap<>();
        for (String line : lines("nicknames.csv")) {
            String[] fields = line.replace("\"", "").split(",");
            for (int i = 1; i < fields.length; i++) {
                if (!fields[i].equals("NA")) {
                    nicknames.computeIfAbsent(fields[0], k -> new HashSet<>()).add(fields[i]);
                    nicknames.computeIfAbsent(fields[i], k -> new HashSet<>()).add(fields[0]);
                }
            }
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        nicknames.forEach((name, others) -> frozen.put(name, Set.copyOf(others)));
        NICKNAMES = Map.copyOf(frozen);
    }

    private NameLists() {
    }

    /** Whether one of the two is listed as a nickname of the other (same row, one of them its given name). */
    static boolean nicknames(String a, String b) {
        return NICKNAMES.getOrDefault(a, Set.of()).contains(b);
    }

    private static List<String> lines(String resource) {
        try (InputStream in = NameLists.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.trim();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    lines.add(trimmed);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.polnet.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.polnet.PolnetApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Polnet in the benchmark's own JVM, without its web server or demo data, on an embedded PostgreSQL in a temporary
 * data directory that {@link #close()} deletes: what the in-process benchmarks measure against.
 */
public final class InProcessPolnet implements AutoCloseable {

	private final Path dataDirectory;

	private final ConfigurableApplicationContext context;

	private InProcessPolnet(Path dataDirectory, ConfigurableApplicationContext context) {
		this.dataDirectory = dataDirectory;
		this.context = context;
	}

	/**
	 * @param extraSources further configuration (a benchmark's own beans)
	 * @param arguments    further settings, as {@code --name=value}
	 */
	public static InProcessPolnet start(Class<?>[] extraSources, String... arguments) throws IOException {
		Path dataDirectory = Files.createTempDirectory("polnet-bench-");
		Class<?>[] sources = Stream.concat(Stream.of(PolnetApplication.class), Stream.of(extraSources))
			.toArray(Class<?>[]::new);
		String[] settings = Stream.concat(Stream.of("--polnet.data-dir=" + dataDirectory,
				"--spring.main.web-application-type=none", "--logging.level.root=warn", "--polnet.demo.enabled=false"),
				Stream.of(arguments))
			.toArray(String[]::new);
		return new InProcessPolnet(dataDirectory,
				new SpringApplicationBuilder(sources).profiles("test").run(settings));
	}

	public static InProcessPolnet start(String... arguments) throws IOException {
		return start(new Class<?>[0], arguments);
	}

	public <T> T bean(Class<T> type) {
		return context.getBean(type);
	}

	public Path dataDirectory() {
		return dataDirectory;
	}

	@Override
	public void close() {
		context.close();
		deleteRecursively(dataDirectory);
	}

	public static void deleteRecursively(Path directory) {
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not delete " + directory, e);
		}
	}

	/** The heap in use after two full collections: what stays reachable. */
	public static long heapAfterGc() {
		System.gc();
		System.gc();
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}
}

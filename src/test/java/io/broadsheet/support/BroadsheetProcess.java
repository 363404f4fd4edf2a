package io.broadsheet.support;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The application started as a real child process on a free loopback port, its output
 * written afresh to a file (what a test judges is this run's output): the built jar named
 * by the {@code broadsheet.jar} system property (set by the build for integration tests),
 * or the test class path where a test allows it. The port and address reach it through
 * the environment, as a container's would. Every wait is bounded; {@link #close()} stops
 * it, and kills it if it does not stop.
 */
public final class BroadsheetProcess implements AutoCloseable {

	/** Small and quick to start: these share two cores with the build. */
	private static final List<String> DEFAULT_JVM_OPTIONS = List.of("-Xmx512m", "-XX:TieredStopAtLevel=1");

	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);

	private final Process process;

	private final Path log;

	private final int port;

	private BroadsheetProcess(Process process, Path log, int port) {
		this.process = process;
		this.log = log;
		this.port = port;
	}

	/**
	 * Starts the built jar with the default JVM options.
	 * @param log where the process output goes
	 * @param arguments Spring Boot arguments ({@code --name=value})
	 * @return the running process
	 */
	public static BroadsheetProcess start(Path log, String... arguments) throws IOException {
		return launcher(log).arguments(arguments).start();
	}

	/** A process to configure before {@link Launcher#start() starting} it. */
	public static Launcher launcher(Path log) {
		return new Launcher(log);
	}

	/** Waits until the output holds a line that matches, or fails after the timeout. */
	public String awaitLogLine(Predicate<String> matcher, Duration timeout) throws IOException, InterruptedException {
		Instant deadline = Instant.now().plus(timeout);
		while (Instant.now().isBefore(deadline)) {
			for (String line : logLines()) {
				if (matcher.test(line)) {
					return line;
				}
			}
			if (!this.process.isAlive()) {
				throw new IllegalStateException(ended("before logging a matching line"));
			}
			Thread.sleep(50);
		}
		throw new IllegalStateException("No matching line within " + timeout + " in " + this.log + "; it ends with:"
				+ System.lineSeparator() + logTail());
	}

	/** Waits for readiness UP, or fails after the timeout. */
	public void awaitReady(Duration timeout) throws IOException, InterruptedException {
		Instant deadline = Instant.now().plus(timeout);
		while (Instant.now().isBefore(deadline)) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException(ended("before it was ready"));
			}
			try {
				if (get("/actuator/health/readiness").statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(200);
		}
		throw new IllegalStateException(
				"Not ready within " + timeout + "; " + this.log + " ends with:" + System.lineSeparator() + logTail());
	}

	public HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return LoopbackHttp.send(LoopbackHttp.request(this.port, path).timeout(Duration.ofSeconds(10)).build());
	}

	public int port() {
		return this.port;
	}

	public boolean isAlive() {
		return this.process.isAlive();
	}

	/** Kills the process at once, as a power cut or the OOM killer would (SIGKILL). */
	public void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor();
	}

	public String log() throws IOException {
		return Files.readString(this.log);
	}

	public List<String> logLines() throws IOException {
		return Files.readAllLines(this.log, StandardCharsets.UTF_8);
	}

	/** The last 40 lines of the output, for a failure message. */
	public String logTail() throws IOException {
		List<String> lines = logLines();
		return String.join(System.lineSeparator(), lines.subList(Math.max(0, lines.size() - 40), lines.size()));
	}

	/**
	 * Asks the process to stop (SIGTERM) and waits for it; kills it if it does not stop.
	 */
	@Override
	public void close() throws InterruptedException {
		if (this.process.isAlive()) {
			this.process.destroy();
			if (!this.process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
				kill();
			}
		}
	}

	private String ended(String when) {
		String tail;
		try {
			tail = logTail();
		}
		catch (IOException ex) {
			tail = "(unreadable: " + ex.getMessage() + ")";
		}
		return "Process ended with " + this.process.exitValue() + " " + when + "; " + this.log + " ends with:"
				+ System.lineSeparator() + tail;
	}

	/**
	 * How to start the process: JVM options, environment and arguments.
	 */
	public static final class Launcher {

		private final Path log;

		private List<String> jvmOptions = DEFAULT_JVM_OPTIONS;

		private final Map<String, String> environment = new LinkedHashMap<>();

		private final List<String> arguments = new ArrayList<>();

		private boolean classPathFallback;

		private Launcher(Path log) {
			this.log = log;
		}

		/**
		 * Replaces the default JVM options (a 512 MB heap and C1 only: a quick start).
		 */
		public Launcher jvmOptions(String... options) {
			this.jvmOptions = List.of(options);
			return this;
		}

		/** Adds environment variables, the way a container is configured. */
		public Launcher environment(Map<String, String> variables) {
			this.environment.putAll(variables);
			return this;
		}

		/** Adds Spring Boot arguments ({@code --name=value}). */
		public Launcher arguments(String... arguments) {
			this.arguments.addAll(List.of(arguments));
			return this;
		}

		/**
		 * Runs the application from the test class path when no jar was built (a test run
		 * from the IDE), instead of failing.
		 */
		public Launcher orFromClassPath() {
			this.classPathFallback = true;
			return this;
		}

		public BroadsheetProcess start() throws IOException {
			int port = freePort();
			List<String> command = new ArrayList<>();
			command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
			command.addAll(this.jvmOptions);
			String jar = System.getProperty("broadsheet.jar", "");
			if (!jar.isEmpty() && Files.isRegularFile(Path.of(jar))) {
				command.addAll(List.of("-jar", jar));
			}
			else if (this.classPathFallback) {
				command.addAll(
						List.of("-cp", System.getProperty("java.class.path"), "io.broadsheet.BroadsheetApplication"));
			}
			else {
				throw new IllegalStateException(
						"Build the jar first (./mvnw verify runs this test after package): '" + jar + "'");
			}
			command.addAll(this.arguments);
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.to(this.log.toFile()));
			builder.environment().putAll(this.environment);
			builder.environment().put("SERVER_ADDRESS", "127.0.0.1");
			builder.environment().put("SERVER_PORT", Integer.toString(port));
			return new BroadsheetProcess(builder.start(), this.log, port);
		}

		private static int freePort() throws IOException {
			try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
				return socket.getLocalPort();
			}
		}

	}

}

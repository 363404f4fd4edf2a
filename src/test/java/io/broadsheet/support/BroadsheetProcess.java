package io.broadsheet.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The built application jar, started as a real child process on a free loopback port, its
 * output captured to a file. Every wait is bounded; {@link #close()} kills it.
 */
public final class BroadsheetProcess implements AutoCloseable {

	private final Process process;

	private final Path log;

	private final int port;

	private BroadsheetProcess(Process process, Path log, int port) {
		this.process = process;
		this.log = log;
		this.port = port;
	}

	/**
	 * Starts the jar named by the {@code broadsheet.jar} system property (set by the
	 * build for integration tests).
	 * @param log where the process output goes
	 * @param arguments Spring Boot arguments ({@code --name=value})
	 * @return the running process
	 */
	public static BroadsheetProcess start(Path log, String... arguments) throws IOException {
		String jar = System.getProperty("broadsheet.jar");
		if (jar == null || !Files.exists(Path.of(jar))) {
			throw new IllegalStateException("Build the jar first (./mvnw verify runs this test after package): " + jar);
		}
		int port = freePort();
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
						"-XX:TieredStopAtLevel=1", "-jar", jar, "--server.port=" + port, "--server.address=127.0.0.1"));
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.start();
		return new BroadsheetProcess(process, log, port);
	}

	/** Waits until the output holds a line that matches, or fails after the timeout. */
	public String awaitLogLine(Predicate<String> matcher, Duration timeout) throws IOException, InterruptedException {
		Instant deadline = Instant.now().plus(timeout);
		while (Instant.now().isBefore(deadline)) {
			for (String line : Files.readAllLines(this.log)) {
				if (matcher.test(line)) {
					return line;
				}
			}
			if (!this.process.isAlive()) {
				throw new IllegalStateException("Process ended early; see " + this.log);
			}
			Thread.sleep(50);
		}
		throw new IllegalStateException("No matching line within " + timeout + "; see " + this.log);
	}

	/** Waits for readiness UP, or fails after the timeout. */
	public void awaitReady(Duration timeout) throws InterruptedException {
		Instant deadline = Instant.now().plus(timeout);
		while (Instant.now().isBefore(deadline)) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("Process ended before it was ready; see " + this.log);
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
		throw new IllegalStateException("Not ready within " + timeout + "; see " + this.log);
	}

	public HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return LoopbackHttp.send(LoopbackHttp.request(this.port, path).timeout(Duration.ofSeconds(10)).build());
	}

	/** Kills the process at once, as a power cut or the OOM killer would (SIGKILL). */
	public void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor();
	}

	public String log() throws IOException {
		return Files.readString(this.log);
	}

	@Override
	public void close() throws InterruptedException {
		if (this.process.isAlive()) {
			this.process.destroy();
			if (!this.process.waitFor(java.util.concurrent.TimeUnit.SECONDS.toMillis(20),
					java.util.concurrent.TimeUnit.MILLISECONDS)) {
				kill();
			}
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}

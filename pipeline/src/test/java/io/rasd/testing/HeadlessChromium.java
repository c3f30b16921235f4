package io.rasd.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real browser for tests: Debian's headless Chromium, driven over the DevTools protocol (a WebSocket, no driver
 * library). It loads a page, records what a person would see in the console (uncaught exceptions, console errors,
 * Content-Security-Policy and other browser errors) and every network request, and evaluates an expression in the
 * page. Every wait is bounded; the browser process tree is killed on close. A missing browser is an error, never a skip.
 */
public final class HeadlessChromium implements AutoCloseable {
  public static final Duration TIMEOUT = Duration.ofSeconds(120); // generous: CI machines are shared
  private static final List<String> BINARIES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process process;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<JsonNode> events = new CopyOnWriteArrayList<>();

  /** What a page load showed: problems a person would see in the console, requests that left the file, the value. */
  public record Load(List<String> consoleErrors, List<String> networkRequests, JsonNode value) {}

  private HeadlessChromium(Process process, URI page) throws Exception {
    this.process = process;
    this.socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(TIMEOUT)
        .buildAsync(page, new Listener()).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
  }

  /** The browser binary, or an error that says how to install it. */
  public static Path binary() {
    Optional<Path> found = BINARIES.stream().map(Path::of).filter(Files::isExecutable).findFirst();
    return found.orElseThrow(() -> new IllegalStateException(
        "no Chromium found (" + BINARIES + "): the report test needs a real browser; install it with "
            + "`apt-get install -y chromium` (.ci/run does this when it is missing)"));
  }

  public static HeadlessChromium start(Path scratch) throws Exception {
    Path profile = Files.createDirectories(scratch.resolve("chromium-profile"));
    ProcessBuilder pb = new ProcessBuilder(
            binary().toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-extensions", "--no-first-run", "--no-default-browser-check", "--remote-debugging-port=0",
            "--remote-allow-origins=*", "--user-data-dir=" + profile, "about:blank")
        .redirectOutput(scratch.resolve("chromium.out").toFile())
        .redirectError(scratch.resolve("chromium.err").toFile());
    pb.environment().put("TMPDIR", Files.createDirectories(scratch.resolve("chromium-tmp")).toString()); // its sockets
    Process p = pb.start();
    try {
      return new HeadlessChromium(p, pageSocket(p, profile, scratch));
    } catch (Exception | Error e) {
      kill(p);
      throw e;
    }
  }

  /** The DevTools address of the blank page: the port from {@code DevToolsActivePort}, the page from /json/list. */
  private static URI pageSocket(Process p, Path profile, Path scratch) throws Exception {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    Path portFile = profile.resolve("DevToolsActivePort");
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    while (System.nanoTime() < deadline) {
      if (!p.isAlive()) {
        throw new IllegalStateException("Chromium exited with " + p.exitValue() + ": "
            + Files.readString(scratch.resolve("chromium.err")).strip());
      }
      List<String> lines = Files.exists(portFile) ? Files.readAllLines(portFile) : List.of();
      if (!lines.isEmpty() && !lines.get(0).isBlank()) {
        try {
          HttpResponse<String> r = http.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + lines.get(0).strip() + "/json/list"))
                  .timeout(Duration.ofSeconds(5)).build(),
              HttpResponse.BodyHandlers.ofString());
          for (JsonNode target : JSON.readTree(r.body())) {
            if ("page".equals(target.path("type").asText()) && target.has("webSocketDebuggerUrl")) {
              return URI.create(target.get("webSocketDebuggerUrl").asText());
            }
          }
        } catch (IOException e) {
          // not listening yet
        }
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("Chromium gave no DevTools page within " + TIMEOUT.toSeconds() + " s");
  }

  /** Loads {@code url}, waits for its load event, then returns {@code expression}'s value (JSON) and what was seen. */
  public Load load(String url, String expression) throws Exception {
    for (String domain : List.of("Runtime", "Log", "Network", "Page")) {
      call(domain + ".enable", JSON.createObjectNode());
    }
    events.clear();
    call("Page.navigate", JSON.createObjectNode().put("url", url));
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (events.stream().noneMatch(e -> "Page.loadEventFired".equals(e.path("method").asText()))) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("no load event for " + url + " within " + TIMEOUT.toSeconds() + " s");
      }
      Thread.sleep(50);
    }
    JsonNode result = call("Runtime.evaluate",
        JSON.createObjectNode().put("expression", expression).put("returnByValue", true));
    if (result.has("exceptionDetails")) {
      throw new IllegalStateException("the test's expression failed in the page: " + result.get("exceptionDetails"));
    }
    Thread.sleep(200); // let late console events (after load) arrive
    List<String> errors = new ArrayList<>();
    List<String> requests = new ArrayList<>();
    for (JsonNode e : events) {
      JsonNode params = e.path("params");
      switch (e.path("method").asText()) {
        case "Runtime.exceptionThrown" -> errors.add("exception: " + params.path("exceptionDetails"));
        case "Runtime.consoleAPICalled" -> {
          if (List.of("error", "assert", "warning").contains(params.path("type").asText())) {
            errors.add("console." + params.path("type").asText() + ": " + params.path("args"));
          }
        }
        case "Log.entryAdded" -> {
          if (List.of("error", "warning").contains(params.path("entry").path("level").asText())) {
            errors.add("log: " + params.path("entry").path("text").asText());
          }
        }
        case "Network.requestWillBeSent" -> {
          String u = params.path("request").path("url").asText();
          if (!u.equals(url)) {
            requests.add(u);
          }
        }
        default -> { }
      }
    }
    return new Load(errors, requests, result.path("result").path("value"));
  }

  private JsonNode call(String method, ObjectNode params) throws Exception {
    int id = ids.incrementAndGet();
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    pending.put(id, reply);
    ObjectNode msg = JSON.createObjectNode().put("id", id).put("method", method);
    msg.set("params", params);
    socket.sendText(JSON.writeValueAsString(msg), true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    JsonNode r = reply.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    if (r.has("error")) {
      throw new IllegalStateException(method + " failed: " + r.get("error"));
    }
    return r.path("result");
  }

  private final class Listener implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        try {
          JsonNode msg = JSON.readTree(partial.toString());
          if (msg.has("id")) {
            CompletableFuture<JsonNode> f = pending.remove(msg.get("id").asInt());
            if (f != null) {
              f.complete(msg);
            }
          } else {
            events.add(msg);
          }
        } catch (IOException e) {
          events.add(JSON.createObjectNode().put("method", "unparsable").put("text", partial.toString()));
        }
        partial.setLength(0);
      }
      ws.request(1);
      return null;
    }
  }

  @Override
  public void close() {
    socket.abort();
    kill(process);
  }

  private static void kill(Process p) {
    p.descendants().forEach(ProcessHandle::destroyForcibly);
    p.destroyForcibly();
    try {
      p.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

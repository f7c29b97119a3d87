package org.skilleval.core.console.internal;

import java.io.IOException;
import java.util.Optional;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.skilleval.core.console.internal.ConsoleAssets.Asset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the web console (网上办事) at {@code /} through the Servlet whiteboard: the default servlet
 * of the context, so {@code /api/*} stays with the API servlet and every other path belongs to the
 * console. The console is a single-page application that calls {@code /api} like any client: this
 * servlet only hands out its built files.
 *
 * <ul>
 *   <li>{@code /assets/…}: files whose names carry a hash of their content, cached for good
 *       ({@code immutable}); a missing one is a plain 404, never the page.
 *   <li>Other paths with a file extension ({@code /favicon.svg}): the file, revalidated each time.
 *   <li>{@code /api/…} reaches this servlet only while the API servlet is not registered (at
 *       start, before the database is ready): 503 with {@code Retry-After}, never the page, so a
 *       client polling {@code /api/health} waits for the real answer.
 *   <li>A request sent to {@code /api/…} whose path an encoded {@code ../} ({@code %2F}) took out of
 *       the API: 404 {@code not-found}, never the page, so a client sees that no such API path exists.
 *   <li>Any other path ({@code /}, {@code /verify?code=…}, {@code /enterprise/applications/12}) is a
 *       route of the application: {@code index.html}, revalidated each time so a new release is
 *       picked up at once.
 * </ul>
 *
 * <p>Text files go out gzipped when the client accepts it. Security headers are added for every
 * response by {@link SecurityHeadersFilter}.
 */
@Component(
        service = Servlet.class,
        // One instance for the bundle's life: the whiteboard may release and get the service again.
        immediate = true,
        property = {"osgi.http.whiteboard.servlet.pattern=/", "osgi.http.whiteboard.servlet.name=skilleval-console"})
public class ConsoleServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleServlet.class);

    static final String ROOT = "console";
    static final String INDEX = "/index.html";
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "no-cache";

    static final String API_NOT_READY = "{\"type\":\"urn:skilleval:problem:service-unavailable\","
            + "\"title\":\"Service unavailable\",\"titleZh\":" + "\"服务暂不可用\""
            + ",\"status\":503,\"detail\":\"The platform is starting; try again in a moment\","
            + "\"detailZh\":\"平台正在启动，请稍后再试\"}";

    static final String NO_SUCH_API_PATH = "{\"type\":\"urn:skilleval:problem:not-found\","
            + "\"title\":\"Not found\",\"titleZh\":" + "\"未找到\"" + ",\"status\":404,"
            + "\"detail\":\"The API has no such path\",\"detailZh\":" + "\"接口中没有这个路径\"" + "}";

    private final transient ConsoleAssets assets;

    @Activate
    public ConsoleServlet(BundleContext context) {
        this(new ConsoleAssets(path -> context.getBundle().getEntry(ROOT + path)));
        if (assets.find(INDEX).isEmpty()) {
            LOG.error("The console bundle carries no {}{}: it was built without its front end", ROOT, INDEX);
        }
        String url = ConsoleAddress.of(context);
        LOG.info("SkillEval console: {}", url);
        // The README's run command shows Karaf in the foreground: tell the person where to go.
        System.out.println("SkillEval web console: " + url);
        System.out.println("网上办事：" + url);
    }

    ConsoleServlet(ConsoleAssets assets) {
        this.assets = assets;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = path(request);
        if (isApi(path)) {
            response.setHeader("Retry-After", "2");
            problem(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, API_NOT_READY);
        } else if (request.getRequestURI() != null && isApi(request.getRequestURI())) {
            problem(response, HttpServletResponse.SC_NOT_FOUND, NO_SUCH_API_PATH);
        } else if (path.startsWith("/assets/")) {
            send(request, response, assets.find(path), IMMUTABLE);
        } else if (path.lastIndexOf('.') > path.lastIndexOf('/')) {
            send(request, response, assets.find(path), REVALIDATE);
        } else {
            send(request, response, assets.find(INDEX), REVALIDATE);
        }
    }

    private static boolean isApi(String path) {
        return path.equals("/api") || path.startsWith("/api/");
    }

    private static void problem(HttpServletResponse response, int status, String problem) throws IOException {
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("application/problem+json");
        byte[] body = problem.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static String path(HttpServletRequest request) {
        String servletPath = request.getServletPath() == null ? "" : request.getServletPath();
        String pathInfo = request.getPathInfo() == null ? "" : request.getPathInfo();
        String path = servletPath + pathInfo;
        return path.isEmpty() ? "/" : path;
    }

    private static void send(
            HttpServletRequest request, HttpServletResponse response, Optional<Asset> found, String cacheControl)
            throws IOException {
        if (found.isEmpty()) {
            response.setHeader("Cache-Control", REVALIDATE);
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Asset asset = found.get();
        response.setHeader("Cache-Control", cacheControl);
        response.setHeader("ETag", asset.etag());
        if (asset.compressible()) {
            response.setHeader("Vary", "Accept-Encoding");
        }
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null && ifNoneMatch.contains(asset.etag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(asset.contentType());
        byte[] body = asset.bytes();
        if (asset.compressible() && acceptsGzip(request)) {
            response.setHeader("Content-Encoding", "gzip");
            body = asset.gzipped();
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static boolean acceptsGzip(HttpServletRequest request) {
        String accepted = request.getHeader("Accept-Encoding");
        return accepted != null && accepted.toLowerCase(java.util.Locale.ROOT).contains("gzip");
    }
}

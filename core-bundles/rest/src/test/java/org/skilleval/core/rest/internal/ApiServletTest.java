package org.skilleval.core.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javax.servlet.ServletConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.servlet.ServletContainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.skilleval.core.lifecycle.CalendarService;
import org.skilleval.core.lifecycle.HealthService;
import org.skilleval.core.pluginhost.PluginRegistry;
import org.skilleval.core.rules.WorkingDayCalendar;
import org.skilleval.core.security.TokenService;

/**
 * Resource components come and go; the API follows: the paths of a missing one answer 503, the
 * others keep answering, the OpenAPI document describes what is there, and a burst of changes
 * costs one rebuild.
 */
class ApiServletTest {

    private static final List<Class<?>> DECLARED = DeclaredResources.classes();

    private final TokenService tokens = mock(TokenService.class);
    private final CalendarService calendar = mock(CalendarService.class);
    private final HealthService health = mock(HealthService.class);
    private final PluginRegistry registry = mock(PluginRegistry.class);
    private final List<RecordingContainer> containers = new CopyOnWriteArrayList<>();
    private ApiServlet servlet;

    @AfterEach
    void stop() {
        if (servlet != null) {
            servlet.destroy();
            servlet.deactivate();
        }
    }

    @Test
    void theMissingResourcesPathsAnswer503InBothLanguagesWhileTheOthersAnswer() throws Exception {
        when(calendar.calendar()).thenReturn(WorkingDayCalendar.bundled());
        when(health.databaseReachable()).thenReturn(true);
        ApplicationHandler api = application(
                List.of(new CalendarResource(calendar), new HealthResource("1.2.3", health, registry)),
                List.of(StatisticsResource.class, RoundResource.class));

        ContainerResponse statistics = send(api, "GET", "/api/statistics?by=city", null);

        assertEquals(503, statistics.getStatus());
        ProblemDetails problem = assertInstanceOf(ProblemDetails.class, statistics.getEntity());
        assertEquals("urn:skilleval:problem:service-unavailable", problem.type());
        assertEquals("服务暂不可用", problem.titleZh());
        assertEquals("Service unavailable", problem.title());
        assertTrue(problem.detailZh().contains("其他功能不受影响"), problem.detailZh());
        assertTrue(problem.detail().contains("the rest of the API works"), problem.detail());
        assertEquals(503, send(api, "POST", "/api/rounds", "{}").getStatus());
        assertEquals(200, send(api, "GET", "/api/calendar/years", null).getStatus());
        ContainerResponse health = send(api, "GET", "/api/health", null);
        assertEquals(200, health.getStatus());
        assertEquals(
                "DEGRADED, [RoundResource, StatisticsResource]",
                ((HealthResource.Health) health.getEntity()).status() + ", "
                        + ((HealthResource.Health) health.getEntity()).unavailable());
        assertEquals(404, send(api, "GET", "/api/no-such-thing", null).getStatus());
    }

    @Test
    void everyOperationOfEveryResourceAnswers503WhileItsComponentIsMissing() throws Exception {
        ApplicationHandler api = application(List.of(), DECLARED);
        Map<String, Object> paths = paths(OpenApiDocument.describe("1.2.3", DECLARED));

        List<String> answered = new ArrayList<>();
        for (Map.Entry<String, Object> path : paths.entrySet()) {
            // A file's {format} is a regular expression (pdf|xlsx, csv|xlsx) that "1" would not match.
            String uri = "/api" + path.getKey().replace("{format}", "xlsx").replaceAll("\\{[^}]+}", "1");
            for (String method : ((Map<?, ?>) path.getValue())
                    .keySet().stream().map(Object::toString).toList()) {
                String verb = method.toUpperCase(java.util.Locale.ROOT);
                boolean body = verb.equals("POST") || verb.equals("PUT");
                ContainerResponse response = send(api, verb, uri, body ? "{}" : null);
                if (response.getStatus() != 503
                        || !((ProblemDetails) response.getEntity()).type().endsWith(":service-unavailable")) {
                    answered.add(verb + " " + uri + " " + response.getStatus());
                }
            }
        }

        assertEquals(List.of(), answered);
    }

    @Test
    void theOpenApiDocumentDescribesThePresentResourcesOnly() throws Exception {
        ApplicationHandler api =
                application(List.of(new CalendarResource(calendar)), List.of(StatisticsResource.class));

        ContainerResponse response = send(api, "GET", "/api/openapi.json", null);

        assertEquals(200, response.getStatus());
        Map<String, Object> paths = paths(assertInstanceOf(Map.class, response.getEntity()));
        assertTrue(paths.containsKey("/calendar/years"), paths.keySet().toString());
        assertFalse(paths.containsKey("/statistics"), paths.keySet().toString());
    }

    @Test
    void aResourceThatLeftAnswers503AtOnceBeforeTheApplicationIsRebuilt() throws Exception {
        CalendarResource departed = new CalendarResource(calendar);
        ApplicationHandler api = new ApplicationHandler(
                ApiApplication.create(tokens, "1.2.3", List.of(departed), List.of(), resource -> false));

        ContainerResponse response = send(api, "GET", "/api/calendar/years", null);

        assertEquals(503, response.getStatus());
        assertEquals("urn:skilleval:problem:service-unavailable", ((ProblemDetails) response.getEntity()).type());
    }

    @Test
    void buildingTheApplicationOfEveryResourceLogsNoWarning() throws Exception {
        List<Object> resources = new ArrayList<>();
        for (Class<?> type : DECLARED) {
            resources.add(instantiate(type));
        }
        List<String> warnings = new CopyOnWriteArrayList<>();
        Logger jersey = Logger.getLogger("org.glassfish.jersey");
        Handler collector = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    warnings.add(record.getLoggerName() + ": " + record.getMessage());
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        jersey.addHandler(collector);
        try {
            ApplicationHandler api = new ApplicationHandler(
                    ApiApplication.create(tokens, "1.2.3", resources, List.of(), resource -> true));

            assertEquals(200, send(api, "GET", "/api/openapi.json", null).getStatus());
        } finally {
            jersey.removeHandler(collector);
        }
        assertEquals(List.of(), warnings, "an operator reads every warning in the log as a fault");
    }

    @Test
    void aMissingResourceIsServedByItsStandIn() {
        ResourceConfig application = ApiApplication.create(
                tokens, "1.2.3", List.of(new CalendarResource(calendar)), List.of(StatisticsResource.class), r -> true);

        assertTrue(served(application).stream().anyMatch(UnavailableResource.class::isInstance));
        assertTrue(served(application).stream().anyMatch(CalendarResource.class::isInstance));
    }

    @Test
    void noResourceDeclaresASubResourceLocator() {
        // ResourceModels copies resource methods only: a locator would silently go unserved.
        for (Class<?> type : DECLARED) {
            assertEquals(List.of(), locators(Resource.from(type)), type.getName());
        }
    }

    private static List<String> locators(Resource model) {
        List<String> found = new ArrayList<>();
        if (model.getResourceLocator() != null) {
            found.add(model.getPath());
        }
        model.getChildResources().forEach(child -> found.addAll(locators(child)));
        return found;
    }

    @Test
    void aBurstOfResourcesAtBootCostsOneRebuildAndServesThemAll() throws Exception {
        servlet = new ApiServlet(tokens, "1.2.3", Set.copyOf(DECLARED), this::record, Duration.ofMillis(100), null);
        servlet.init(mock(ServletConfig.class));

        List<ApiResource> resources = new ArrayList<>();
        for (Class<?> type : DECLARED) {
            resources.add(instantiate(type));
        }
        resources.forEach(resource -> servlet.add(resource, () -> resource));
        awaitContainers(2);
        Thread.sleep(300);

        assertEquals(2, containers.size(), "the first application and one rebuild");
        ResourceConfig rebuilt = containers.get(1).application;
        assertTrue(served(rebuilt).containsAll(resources));
        assertTrue(
                served(rebuilt).stream().noneMatch(UnavailableResource.class::isInstance),
                "no stand-ins: every resource is present");
        assertTrue(containers.get(0).destroyed, "the first application is destroyed once replaced");
        assertFalse(containers.get(1).destroyed);
    }

    @Test
    void resourcesThatComeWhileTheFirstApplicationStartsCostOneRebuildNotTwo() throws Exception {
        CountDownLatch firstInitialised = new CountDownLatch(1);
        servlet = new ApiServlet(
                tokens,
                "1.2.3",
                Set.copyOf(DECLARED),
                application -> containers.isEmpty() ? slowToStart(application, firstInitialised) : record(application),
                Duration.ofMillis(50),
                null);
        List<ApiResource> resources = new ArrayList<>();
        for (Class<?> type : DECLARED) {
            resources.add(instantiate(type));
        }
        Thread starting = new Thread(() -> {
            try {
                servlet.init(mock(ServletConfig.class));
            } catch (ServletException e) {
                throw new IllegalStateException(e);
            }
        });
        starting.start();
        awaitContainers(1);

        // As at boot: the first resource's rebuild waits for Jersey's first start, while the
        // others come and schedule a rebuild of their own.
        servlet.add(resources.get(0), () -> resources.get(0));
        Thread.sleep(200);
        resources.subList(1, resources.size()).forEach(resource -> servlet.add(resource, () -> resource));
        firstInitialised.countDown();
        starting.join(10_000);
        awaitContainers(2);
        Thread.sleep(300);

        assertEquals(2, containers.size(), "the first application and one rebuild with every resource");
        assertTrue(served(containers.get(1).application).containsAll(resources));
    }

    /** The objects that handle the application's requests: its resources, or their stand-ins. */
    private static Set<Object> served(ResourceConfig application) {
        Set<Object> handlers = new HashSet<>(application.getInstances());
        application.getResources().forEach(resource -> handlers.addAll(resource.getHandlerInstances()));
        return handlers;
    }

    /** A container whose initialisation lasts until {@code initialised} opens, as Jersey's first does. */
    private ServletContainer slowToStart(ResourceConfig application, CountDownLatch initialised) {
        RecordingContainer container = new RecordingContainer(application) {
            private static final long serialVersionUID = 1L;

            @Override
            public void init(ServletConfig config) {
                try {
                    initialised.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        containers.add(container);
        return container;
    }

    @Test
    void aResourceThatGoesAwayLeavesTheApplicationAndItsPathsAnswer503() throws Exception {
        when(calendar.calendar()).thenReturn(WorkingDayCalendar.bundled());
        when(health.databaseReachable()).thenReturn(true);
        CalendarResource calendarResource = new CalendarResource(calendar);
        HealthResource healthResource = new HealthResource("1.2.3", health, registry);
        servlet = new ApiServlet(
                tokens,
                "1.2.3",
                Set.of(CalendarResource.class, HealthResource.class),
                this::record,
                Duration.ofMillis(50),
                null);
        servlet.init(mock(ServletConfig.class));
        servlet.add(calendarResource, () -> calendarResource);
        servlet.add(healthResource, () -> healthResource);
        assertEquals(200, send(settled(), "GET", "/api/calendar/years", null).getStatus());

        servlet.remove(calendarResource);

        ApplicationHandler rebuilt = settled();
        assertEquals(503, send(rebuilt, "GET", "/api/calendar/years", null).getStatus());
        assertEquals(200, send(rebuilt, "GET", "/api/health", null).getStatus());
        assertEquals("DEGRADED", healthStatus(rebuilt));

        servlet.add(calendarResource, () -> calendarResource);
        ApplicationHandler restored = settled();
        assertEquals(200, send(restored, "GET", "/api/calendar/years", null).getStatus());
        assertEquals("UP", healthStatus(restored));
    }

    @Test
    void aResourceThatCannotBeGotYetIsTriedAgainUntilItAnswers() throws Exception {
        when(calendar.calendar()).thenReturn(WorkingDayCalendar.bundled());
        CalendarResource calendarResource = new CalendarResource(calendar);
        AtomicInteger attempts = new AtomicInteger();
        servlet = new ApiServlet(
                tokens, "1.2.3", Set.of(CalendarResource.class), this::record, Duration.ofMillis(50), null);
        servlet.init(mock(ServletConfig.class));

        // As when its component's activation timed out on a lock: the first get answers nothing.
        servlet.add(calendarResource, () -> attempts.getAndIncrement() == 0 ? null : calendarResource);
        awaitContainers(2);
        ApplicationHandler first = new ApplicationHandler(containers.get(1).application);
        assertEquals(503, send(first, "GET", "/api/calendar/years", null).getStatus());

        awaitContainers(3);
        ApplicationHandler retried = new ApplicationHandler(containers.get(2).application);
        assertEquals(200, send(retried, "GET", "/api/calendar/years", null).getStatus());
        assertEquals(2, attempts.get());
    }

    @Test
    void aReplacedApplicationFinishesItsRequestsBeforeItIsDestroyed() throws Exception {
        LiveContainer live = new LiveContainer(this::record);
        live.start(mock(ServletConfig.class), () -> new ResourceConfig());
        RecordingContainer first = containers.get(0);
        first.gate = new CountDownLatch(1);
        ExecutorService client = Executors.newSingleThreadExecutor();
        try {
            Future<?> slow = client.submit(() -> {
                live.service(mock(ServletRequest.class), mock(ServletResponse.class));
                return null;
            });
            assertTrue(first.entered.await(5, TimeUnit.SECONDS));

            live.replace(() -> new ResourceConfig());
            live.service(mock(ServletRequest.class), mock(ServletResponse.class));

            assertEquals(0, containers.get(1).served.getCount(), "the next request went to the new one");
            assertFalse(first.destroyed, "destroyed while a request was still in it");
            first.gate.countDown();
            slow.get(5, TimeUnit.SECONDS);
            assertTrue(first.destroyed);
            assertFalse(containers.get(1).destroyed);
        } finally {
            client.shutdownNow();
            live.stop();
        }
    }

    private ServletContainer record(ResourceConfig application) {
        RecordingContainer container = new RecordingContainer(application);
        containers.add(container);
        return container;
    }

    /** The application built last, once no other build followed for a while. */
    private ApplicationHandler settled() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        int seen = -1;
        while (seen != containers.size() && System.nanoTime() < deadline) {
            seen = containers.size();
            Thread.sleep(400);
        }
        return new ApplicationHandler(containers.get(containers.size() - 1).application);
    }

    private static String healthStatus(ApplicationHandler api) throws Exception {
        return ((HealthResource.Health) send(api, "GET", "/api/health", null).getEntity()).status();
    }

    private void awaitContainers(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (containers.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(count, containers.size(), "applications built");
    }

    private ApplicationHandler application(Collection<?> present, Collection<Class<?>> absent) {
        Predicate<Object> there = present::contains;
        return new ApplicationHandler(ApiApplication.create(tokens, "1.2.3", present, absent, there));
    }

    private static ContainerResponse send(ApplicationHandler api, String method, String path, String json)
            throws Exception {
        ContainerRequest request = new ContainerRequest(
                URI.create("http://localhost/api/"),
                URI.create("http://localhost" + path),
                method,
                null,
                new MapPropertiesDelegate(),
                null);
        if (json != null) {
            request.header("Content-Type", "application/json");
            request.setEntityStream(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        }
        return api.apply(request).get();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> paths(Map<?, ?> document) {
        return (Map<String, Object>) document.get("paths");
    }

    /** A resource built through its public constructor, every service it names a mock. */
    private static ApiResource instantiate(Class<?> type) throws Exception {
        Constructor<?> constructor = Arrays.stream(type.getConstructors())
                .filter(c -> Modifier.isPublic(c.getModifiers()))
                .findFirst()
                .orElseThrow();
        Object[] arguments = Arrays.stream(constructor.getParameterTypes())
                .map(parameter -> parameter == BundleContext.class ? bundleContext() : mock(parameter))
                .toArray();
        return (ApiResource) constructor.newInstance(arguments);
    }

    private static BundleContext bundleContext() {
        Bundle bundle = mock(Bundle.class);
        when(bundle.getHeaders()).thenReturn(new Hashtable<>(Map.of(Release.HEADER, "1.2.3")));
        BundleContext context = mock(BundleContext.class);
        when(context.getBundle()).thenReturn(bundle);
        return context;
    }

    /** A Jersey container that records what happens to it instead of serving. */
    private static class RecordingContainer extends ServletContainer {

        private static final long serialVersionUID = 1L;

        final transient ResourceConfig application;
        final transient CountDownLatch entered = new CountDownLatch(1);
        final transient CountDownLatch served = new CountDownLatch(1);
        transient volatile CountDownLatch gate;
        volatile boolean destroyed;

        RecordingContainer(ResourceConfig application) {
            super(application);
            this.application = application;
        }

        @Override
        public void init(ServletConfig config) {}

        @Override
        public void service(ServletRequest request, ServletResponse response) {
            entered.countDown();
            CountDownLatch waitFor = gate;
            if (waitFor != null) {
                try {
                    waitFor.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            served.countDown();
        }

        @Override
        public void destroy() {
            destroyed = true;
        }
    }
}

package org.skilleval.core.pluginhost.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.osgi.framework.Version;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.skilleval.core.pluginhost.PluginDescriptor;
import org.skilleval.core.pluginhost.PluginFault;
import org.skilleval.core.pluginhost.PluginKind;
import org.skilleval.core.pluginhost.PluginRegistry;
import org.skilleval.core.pluginhost.PluginState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs plugin code off the request thread: each plugin version (kind, id and bundle version) has
 * its own small thread pool with a bounded queue, and every call waits at most the configured
 * timeout. So a plugin that hangs, loops or floods its queue costs its own callers a clear refusal
 * and never holds a request thread, another plugin or the core.
 *
 * <p>A call that times out has its thread interrupted. A plugin that ignores the interrupt keeps
 * its thread; once every thread of its pool is stuck so, the pool is abandoned (its queued calls
 * cancelled) and a fresh one serves the plugin's next calls. The threads abandoned per plugin
 * version are capped: beyond the cap the stuck pool stays in place and further calls are refused at
 * once as {@link PluginFault.Stuck stuck}, so a plugin that never returns cannot make the core spawn
 * threads without end. Pools belong to one registration of a plugin version: restarting or
 * updating its bundle registers it anew, with fresh threads, and that is what an operator does.
 *
 * <p>Pools of plugin versions that left the registry are shut down on the next call, and all of
 * them when this component stops.
 */
@Component(service = PluginExecutor.class, configurationPid = PluginHostConfiguration.PID)
@Designate(ocd = PluginHostConfiguration.class)
public class PluginExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(PluginExecutor.class);

    /** Calls waiting per thread of a pool, beyond those running. */
    static final int QUEUE_PER_THREAD = 8;

    /** How many pools of stuck threads one plugin version may leave behind. */
    static final int MAX_ABANDONED_POOLS = 4;

    private final PluginRegistry registry;
    private final Map<Key, Pool> pools = new ConcurrentHashMap<>();
    private final Map<Key, AtomicInteger> abandoned = new ConcurrentHashMap<>();
    private volatile long timeoutMillis;
    private volatile int threads;
    private volatile boolean stopped;

    @Activate
    public PluginExecutor(@Reference PluginRegistry registry, PluginHostConfiguration configuration) {
        this(registry, configuration.pluginTimeoutMillis(), configuration.pluginThreads());
    }

    /** For tests of the components that call plugins: a fixed timeout and pool size. */
    public PluginExecutor(PluginRegistry registry, long timeoutMillis, int threads) {
        this.registry = registry;
        configure(timeoutMillis, threads);
    }

    @Modified
    void modified(PluginHostConfiguration configuration) {
        configure(configuration.pluginTimeoutMillis(), configuration.pluginThreads());
        // Pools are rebuilt with the new size on their next call; running calls finish on the old ones.
        List<Key> keys = List.copyOf(pools.keySet());
        keys.forEach(key -> retire(key, "the configuration changed", false));
    }

    @Deactivate
    public void deactivate() {
        stopped = true;
        List<Key> keys = List.copyOf(pools.keySet());
        keys.forEach(key -> retire(key, "the core stops", true));
    }

    private void configure(long timeout, int threadCount) {
        this.timeoutMillis = Math.max(1, timeout);
        this.threads = Math.max(1, threadCount);
    }

    /** The longest a plugin call may take, in milliseconds. */
    long timeoutMillis() {
        return timeoutMillis;
    }

    /**
     * Runs {@code call} on the plugin version's pool and waits for it at most the timeout. What the
     * plugin throws comes out as the cause of a {@link PluginThrew}.
     *
     * @param plugin the plugin version whose code {@code call} runs
     * @param field the field a refusal names
     * @throws PluginFault.Timeout when the call does not finish in time
     * @throws PluginFault.Busy when the plugin's queue is full or the core stops
     * @throws PluginFault.Stuck when every thread the plugin version may have is stuck
     */
    <T> T call(PluginDescriptor plugin, String field, Supplier<T> call) {
        if (stopped) {
            throw busy(plugin, field);
        }
        Key key = Key.of(plugin);
        pruneGone(key);
        Pool pool = pools.computeIfAbsent(key, this::newPool);
        if (pool.allStuck()) {
            // Only a pool kept after the cap has all threads stuck: nothing it queues would ever run,
            // and waiting will not change that.
            throw stuck(plugin, field);
        }
        Watched<T> task = new Watched<>(call);
        try {
            pool.executor.execute(task);
        } catch (RejectedExecutionException full) {
            throw busy(plugin, field);
        }
        try {
            return task.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException late) {
            task.cancel(true);
            // A cancelled call must not hold a place in the queue until a thread frees up.
            pool.executor.purge();
            if (task.isRunning()) {
                pool.stuck.add(task);
                replaceIfStuck(key, pool);
            }
            throw timeout(plugin, field);
        } catch (CancellationException cancelled) {
            // The pool was abandoned, or the core stopped, while the call waited in its queue.
            throw timeout(plugin, field);
        } catch (InterruptedException interrupted) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw timeout(plugin, field);
        } catch (ExecutionException thrown) {
            throw new PluginThrew(thrown.getCause());
        }
    }

    /**
     * Whatever plugin code threw, carried back to the caller's thread as its cause; kept apart from
     * the executor's own refusals, so a plugin cannot pass off an exception as the core's.
     */
    static final class PluginThrew extends RuntimeException {

        private static final long serialVersionUID = 1L;

        PluginThrew(Throwable cause) {
            super(cause.getClass().getSimpleName() + ": " + cause.getMessage(), cause);
        }
    }

    /** How many pools exist now: for tests. */
    int pools() {
        return pools.size();
    }

    private Pool newPool(Key key) {
        int size = threads;
        AtomicInteger count = new AtomicInteger();
        String prefix = "skilleval-plugin-" + key.id() + "-" + key.version() + "-";
        ThreadFactory factory = runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        ThreadPoolExecutor executor = new ThreadPoolExecutor(
                size,
                size,
                30,
                TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(size * QUEUE_PER_THREAD),
                factory,
                new ThreadPoolExecutor.AbortPolicy());
        // Idle pools hold no threads.
        executor.allowCoreThreadTimeOut(true);
        return new Pool(executor, size);
    }

    private void replaceIfStuck(Key key, Pool pool) {
        if (!pool.allStuck()) {
            return;
        }
        AtomicInteger left = abandoned.computeIfAbsent(key, k -> new AtomicInteger());
        if (left.get() >= MAX_ABANDONED_POOLS) {
            LOG.warn(
                    "Plugin {} {} keeps every thread stuck; its calls are refused until it is replaced",
                    key.id(),
                    key.version());
            return;
        }
        if (pools.remove(key, pool)) {
            left.incrementAndGet();
            LOG.warn(
                    "Plugin {} {} has all {} threads stuck past the timeout; abandoning them for a new pool",
                    key.id(),
                    key.version(),
                    pool.size);
            shutDown(pool);
        }
    }

    /** Shuts down the pools of plugin versions the registry no longer has, but the one called now. */
    private void pruneGone(Key calling) {
        if (pools.isEmpty()) {
            return;
        }
        Set<Key> present = registry.plugins().stream()
                .filter(d -> d.state() == PluginState.ACTIVE)
                .map(Key::of)
                .collect(Collectors.toSet());
        for (Key key : List.copyOf(pools.keySet())) {
            if (!key.equals(calling) && !present.contains(key)) {
                retire(key, "the plugin version left the registry", false);
                abandoned.remove(key);
            }
        }
    }

    /** @param now whether to interrupt running calls and cancel queued ones, or let them finish */
    private void retire(Key key, String why, boolean now) {
        Pool pool = pools.remove(key);
        if (pool != null) {
            LOG.debug("Shutting down the pool of plugin {} {}: {}", key.id(), key.version(), why);
            if (now) {
                shutDown(pool);
            } else {
                pool.executor.shutdown();
            }
        }
    }

    private static void shutDown(Pool pool) {
        List<Runnable> queued = new ArrayList<>(pool.executor.shutdownNow());
        for (Runnable runnable : queued) {
            if (runnable instanceof Future<?> future) {
                future.cancel(false);
            }
        }
    }

    private PluginFault timeout(PluginDescriptor d, String field) {
        // The thread was only interrupted: a plugin that ignores interrupts runs on, so say no more.
        return new PluginFault.Timeout(
                field,
                "插件 " + d.id() + "（" + d.bundleSymbolicName() + " " + d.bundleVersion() + "）未在 " + timeoutMillis
                        + " 毫秒内完成；平台不再等待其结果并已中断该调用（插件代码可能仍在运行），未做任何更改；请联系运维人员",
                "Plugin " + d.id() + " (" + d.bundleSymbolicName() + " " + d.bundleVersion()
                        + ") did not finish within " + timeoutMillis
                        + " ms; the platform stopped waiting for it and interrupted the call (the plugin's code"
                        + " may still be running); nothing was changed. Ask the operators");
    }

    private static PluginFault busy(PluginDescriptor d, String field) {
        return new PluginFault.Busy(
                field,
                "插件 " + d.id() + "（" + d.bundleSymbolicName() + " " + d.bundleVersion() + "）当前繁忙，未做任何更改；请稍后再试",
                "Plugin " + d.id() + " (" + d.bundleSymbolicName() + " " + d.bundleVersion()
                        + ") is busy; nothing was changed. Try again shortly");
    }

    private static PluginFault stuck(PluginDescriptor d, String field) {
        return new PluginFault.Stuck(
                field,
                "插件 " + d.id() + "（" + d.bundleSymbolicName() + " " + d.bundleVersion()
                        + "）的运行线程全部卡在从未返回的调用中，平台已停止调用该版本，未做任何更改；重试无济于事，"
                        + "请运维人员重启或更新该插件",
                "Every thread of plugin " + d.id() + " (" + d.bundleSymbolicName() + " " + d.bundleVersion()
                        + ") is stuck in a call that never returned, so the platform refuses its calls; nothing"
                        + " was changed and retrying will not help. An operator must restart or update the"
                        + " plugin's bundle (bundle:restart or bundle:update)");
    }

    /**
     * One registration of a plugin version (OSGi versions compare numerically, so {@code 1.0} is
     * {@code 1.0.0}): a restarted or updated bundle registers anew and gets fresh threads.
     */
    private record Key(PluginKind kind, String id, String version, long serviceId) {

        static Key of(PluginDescriptor d) {
            String version;
            try {
                version = Version.parseVersion(d.bundleVersion()).toString();
            } catch (IllegalArgumentException malformed) {
                version = d.bundleVersion();
            }
            return new Key(d.kind(), d.id(), version, d.serviceId());
        }
    }

    private static final class Pool {

        final ThreadPoolExecutor executor;
        final int size;
        final Set<Watched<?>> stuck = ConcurrentHashMap.newKeySet();

        Pool(ThreadPoolExecutor executor, int size) {
            this.executor = executor;
            this.size = size;
        }

        /** Whether every thread is inside a call that timed out and has not returned since. */
        boolean allStuck() {
            stuck.removeIf(task -> !task.isRunning());
            return stuck.size() >= size;
        }
    }

    /** A call that knows whether a thread is still inside it, cancelled or not. */
    private static final class Watched<T> extends FutureTask<T> {

        private volatile boolean running;

        Watched(Supplier<T> call) {
            super(call::get);
        }

        @Override
        public void run() {
            running = true;
            try {
                super.run();
            } finally {
                running = false;
            }
        }

        boolean isRunning() {
            return running;
        }
    }
}

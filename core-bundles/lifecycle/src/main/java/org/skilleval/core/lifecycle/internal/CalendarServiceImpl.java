package org.skilleval.core.lifecycle.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.skilleval.core.lifecycle.CalendarService;
import org.skilleval.core.rules.WorkingDayCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reloads the calendar when the operator's directory changes: each call compares the names, sizes
 * and modification times of its files with the last load (a directory listing, no parsing). Nodes
 * that share one directory (see {@link CalendarConfiguration}) therefore see an operator's change
 * at their next call, without a restart and without a copy per node.
 */
@Component(service = CalendarService.class, configurationPid = CalendarConfiguration.PID)
@Designate(ocd = CalendarConfiguration.class)
public class CalendarServiceImpl implements CalendarService {

    private static final Logger LOG = LoggerFactory.getLogger(CalendarServiceImpl.class);

    private volatile Path directory;
    private volatile Loaded loaded;

    @Activate
    public CalendarServiceImpl(CalendarConfiguration configuration) {
        this(directory(configuration));
    }

    CalendarServiceImpl(Path directory) {
        this.directory = directory;
    }

    /** A new directory takes effect at the next call; the dependants of this service stay up. */
    @Modified
    void modified(CalendarConfiguration configuration) {
        this.directory = directory(configuration);
    }

    private static Path directory(CalendarConfiguration configuration) {
        return configuration.directory().isBlank()
                ? Path.of(System.getProperty("karaf.etc", "etc"), "skilleval-holidays")
                : Path.of(configuration.directory());
    }

    @Override
    public WorkingDayCalendar calendar() {
        List<Path> files = operatorFiles();
        String fingerprint = fingerprint(files);
        Loaded current = loaded;
        if (current == null || !current.fingerprint().equals(fingerprint)) {
            current = new Loaded(fingerprint, load(files));
            loaded = current;
            LOG.info(
                    "Working-day calendar loaded: years {} ({} file(s) from {})",
                    current.calendar().knownYears(),
                    files.size(),
                    directory);
        }
        return current.calendar();
    }

    private WorkingDayCalendar load(List<Path> files) {
        List<InputStream> sources = new ArrayList<>();
        try {
            sources.add(WorkingDayCalendar.class.getResourceAsStream(WorkingDayCalendar.BUNDLED_RESOURCE));
            for (Path file : files) {
                sources.add(Files.newInputStream(file));
            }
            return WorkingDayCalendar.load(sources);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the holiday schedules in " + directory, e);
        } finally {
            for (InputStream source : sources) {
                try {
                    if (source != null) {
                        source.close();
                    }
                } catch (IOException ignored) {
                    // nothing was written; a failed close loses nothing
                }
            }
        }
    }

    private List<Path> operatorFiles() {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return files;
        }
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(directory, "*.json")) {
            listing.forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + directory, e);
        }
        // Sorted by name, so that when two files hold the same year the later name wins, predictably.
        files.sort(null);
        return files;
    }

    private static String fingerprint(List<Path> files) {
        StringBuilder fingerprint = new StringBuilder();
        for (Path file : files) {
            try {
                fingerprint
                        .append(file.getFileName())
                        .append(':')
                        .append(Files.size(file))
                        .append(':')
                        .append(Files.getLastModifiedTime(file).toMillis())
                        .append(';');
            } catch (IOException e) {
                fingerprint.append(file.getFileName()).append(":gone;");
            }
        }
        return fingerprint.toString();
    }

    private record Loaded(String fingerprint, WorkingDayCalendar calendar) {}
}

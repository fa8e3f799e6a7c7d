package org.reportingportals.core.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

import java.util.logging.Handler;
import java.util.logging.Logger;

/**
 * From deployment on, every handler of the root logger (Payara Micro's console and {@code --logtofile} file)
 * writes {@link JsonLogLines}: the container's own records too, which is where request values reached the log
 * (Grizzly's SEVERE for a malformed {@code Host} quotes the header in its exception message). Payara Micro reads
 * {@code --logproperties} before any application class is visible, so the lines of the boot before this runs
 * keep Payara's own format, and so do Payara Micro's own announcements after it ({@link JsonLogLines#PAYARA_MICRO}).
 */
@Singleton
@Startup
public class StructuredLogs {

    @PostConstruct
    void install() {
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            if (!(handler.getFormatter() instanceof JsonLogLines)) {
                handler.setFormatter(new JsonLogLines(handler.getFormatter()));
            }
        }
    }
}

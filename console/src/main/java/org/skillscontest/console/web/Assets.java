package org.skillscontest.console.web;

import io.quarkus.qute.TemplateGlobal;

/** What every page links to, named once. */
@TemplateGlobal
public class Assets {

    /** htmx from its webjar (org.webjars.npm:htmx.org, the root pom's htmx.version); AssetsTest checks it is there. */
    public static final String htmx = "/webjars/htmx.org/2.0.4/dist/htmx.min.js";

    public static final String css = "/console.css";
}

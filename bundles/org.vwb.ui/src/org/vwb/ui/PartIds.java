package org.vwb.ui;

/** Element ids of the workbench's application model ({@code Application.e4xmi}). */
public final class PartIds {

    public static final String EDITOR = "org.vwb.ui.part.editor";
    public static final String PROPERTIES = "org.vwb.ui.part.properties";
    public static final String TOPOLOGY = "org.vwb.ui.part.topology";
    public static final String REQUEST_PATH = "org.vwb.ui.part.requestpath";
    public static final String COMPARISON = "org.vwb.ui.part.comparison";
    public static final String LIVE = "org.vwb.ui.part.live";
    public static final String PLUGINS = "org.vwb.ui.part.plugins";

    private PartIds() {
    }
}

package org.skillscontest.console.documents;

/** An upload that is not a spreadsheet the console can read, or has too many rows: said in words for the page. */
public class SheetException extends Exception {

    public SheetException(String message) {
        super(message);
    }

    public SheetException(String message, Throwable cause) {
        super(message, cause);
    }
}

using System.Text;

namespace Mosaic.Tests.Connectors.Calendar;

/// Builds iCalendar text for tests, with the CRLF line ends RFC 5545 asks for.
internal static class Ics
{
    public static string Calendar(params string[] events) =>
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Mosaic//Tests//EN\r\n" + string.Concat(events) + "END:VCALENDAR\r\n";

    public static string Event(params string[] lines) =>
        "BEGIN:VEVENT\r\nDTSTAMP:20250101T000000Z\r\n" + string.Concat(lines.Select(l => l + "\r\n")) + "END:VEVENT\r\n";

    public static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);
}

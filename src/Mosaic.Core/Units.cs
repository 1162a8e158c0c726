using System.Globalization;

namespace Mosaic;

/// Sizes and counts the way people read them.
public static class Units
{
    public static string Bytes(long bytes) => bytes switch
    {
        >= 1 << 30 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1 << 30):0.#} GiB"),
        >= 1 << 20 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1 << 20):0.#} MiB"),
        >= 1 << 10 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1 << 10):0.#} KiB"),
        _ => $"{bytes} bytes",
    };

    public static string Count(long n) => n.ToString("#,0", CultureInfo.InvariantCulture);
}

using System.Text;

namespace Deliberations.Web.Tests.Support.Registers;

/// <summary>Windows-1252, which .NET gives only once its code pages are registered.</summary>
internal static class CodePages
{
    public static Encoding Windows1252
    {
        get
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(1252);
        }
    }
}

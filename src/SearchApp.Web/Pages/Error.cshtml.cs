using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SearchApp.Web.Pages;

/// <summary>The one error page: a plain explanation and a request id, never exception details.</summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string? RequestId { get; private set; }

    public string Heading { get; private set; } = "حدث خطأ";

    public string Explanation { get; private set; } = "تعذّر إكمال طلبك بسبب خطأ في الخادم. سُجّل الخطأ، ويمكنك المحاولة مرة أخرى.";

    public void OnGet(int? code)
    {
        RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        if (code == StatusCodes.Status404NotFound)
        {
            Heading = "الصفحة غير موجودة";
            Explanation = "لم نجد ما تبحث عنه. ربما تغيّر الرابط أو حُذفت المقالة.";
            RequestId = null;
        }
        else if (code is >= 400 and < 500)
        {
            Heading = "تعذّر تنفيذ الطلب";
            Explanation = "الطلب غير صالح. تحقّق من الرابط وحاول مرة أخرى.";
            RequestId = null;
        }
    }
}

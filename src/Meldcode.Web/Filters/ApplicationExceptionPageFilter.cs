using FluentValidation;
using Meldcode.Application.Common.Exceptions;
using Meldcode.Domain.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Meldcode.Web.Filters;

/// <summary>
/// Turns the outcomes the Application layer signals with exceptions into page results: validation
/// failures and broken rules become ModelState errors on the same page (re-rendered), not-found a 404,
/// forbidden a 403, a concurrent change a 409 with the current state, storage that is unavailable (locked, full,
/// read-only) a 503: on the same form with the input kept after a post, the Dutch error page after a GET. Field errors are keyed by the request's property name, so a page binds its inputs
/// under the same names as the request it sends.
/// </summary>
internal sealed class ApplicationExceptionPageFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        var executed = await next();
        switch (executed.Exception)
        {
            case null:
                return;
            case ValidationException validation:
                foreach (var error in validation.Errors)
                {
                    executed.ModelState.AddModelError(error.PropertyName ?? string.Empty, error.ErrorMessage);
                }

                executed.Result = await RedisplayAsync(executed);
                break;
            case DomainException broken:
                executed.ModelState.AddModelError(string.Empty, broken.Message);
                executed.Result = await RedisplayAsync(executed);
                break;
            case ConcurrencyConflictException conflict:
                executed.ModelState.AddModelError(string.Empty, conflict.Message);
                executed.Result = await RedisplayAsync(executed, afterConflict: true);
                break;
            case StorageUnavailableException unavailable when !HttpMethods.IsGet(executed.HttpContext.Request.Method) && !HttpMethods.IsHead(executed.HttpContext.Request.Method):
                // A save refused by the storage (locked, full, read-only): the same form, with what the user typed and why.
                executed.ModelState.AddModelError(string.Empty, unavailable.Message);
                executed.Result = await RedisplayAsync(executed, status: StatusCodes.Status503ServiceUnavailable);
                break;
            case StorageUnavailableException:
                executed.Result = new StatusCodeResult(StatusCodes.Status503ServiceUnavailable);
                break;
            case NotFoundException:
                executed.Result = new NotFoundResult();
                break;
            case ForbiddenAccessException:
                executed.Result = new StatusCodeResult(StatusCodes.Status403Forbidden);
                break;
            default:
                return;
        }

        executed.ExceptionHandled = true;
    }

    private static async Task<IActionResult> RedisplayAsync(PageHandlerExecutedContext executed, bool afterConflict = false, int? status = null)
    {
        if (executed.HandlerInstance is IRedisplayablePage page)
        {
            // What the form is about may be gone, or out of the user's reach: answer as its own request would.
            try
            {
                await page.LoadForRedisplayAsync(afterConflict, executed.HttpContext.RequestAborted);
            }
            catch (NotFoundException)
            {
                return new NotFoundResult();
            }
            catch (ForbiddenAccessException)
            {
                return new StatusCodeResult(StatusCodes.Status403Forbidden);
            }
            catch (StorageUnavailableException)
            {
                // Not even what the form is about can be read now: the error page says so.
                return new StatusCodeResult(StatusCodes.Status503ServiceUnavailable);
            }
        }

        return new PageResult { StatusCode = status ?? (afterConflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity) };
    }
}

/// <summary>
/// A page whose form can be shown again after a refused post; it reloads what the form shows around
/// the input. After a conflict it also takes the current version, so the user sees the current state
/// and can decide again.
/// </summary>
internal interface IRedisplayablePage
{
    Task LoadForRedisplayAsync(bool afterConflict, CancellationToken cancellationToken);
}

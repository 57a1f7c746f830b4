using FluentValidation;
using FluentValidation.Results;
using Meldcode.Application.Common.Exceptions;
using Meldcode.Domain.Common;
using Meldcode.Web.Filters;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;

namespace Meldcode.Web.Tests.Pages;

public sealed class ApplicationExceptionPageFilterTests
{
    private readonly ApplicationExceptionPageFilter _filter = new();

    [Fact]
    public async Task Validation_failures_become_field_errors_and_the_form_is_shown_again_with_its_data_reloaded()
    {
        var page = new RedisplayablePage();
        var failure = new ValidationException([new ValidationFailure("UserId", "Kies een demogebruiker om mee in te loggen.")]);

        var executed = await RunAsync(failure, page);

        Assert.True(executed.ExceptionHandled);
        var result = Assert.IsType<PageResult>(executed.Result);
        Assert.Equal(StatusCodes.Status422UnprocessableEntity, result.StatusCode);
        Assert.Equal("Kies een demogebruiker om mee in te loggen.", Assert.Single(executed.ModelState["UserId"]!.Errors).ErrorMessage);
        Assert.True(page.Reloaded);
    }

    [Fact]
    public async Task A_broken_business_rule_becomes_a_form_error_with_its_Dutch_message()
    {
        var executed = await RunAsync(new DomainException("Deze gebruiker heeft deze rol al."), new RedisplayablePage());

        Assert.True(executed.ExceptionHandled);
        Assert.Equal("Deze gebruiker heeft deze rol al.", Assert.Single(executed.ModelState[string.Empty]!.Errors).ErrorMessage);
    }

    [Fact]
    public async Task A_concurrent_change_becomes_409_with_the_Dutch_conflict_message_and_the_current_state_reloaded()
    {
        var page = new RedisplayablePage();

        var executed = await RunAsync(new ConcurrencyConflictException(), page);

        Assert.True(executed.ExceptionHandled);
        Assert.Equal(StatusCodes.Status409Conflict, Assert.IsType<PageResult>(executed.Result).StatusCode);
        Assert.Equal(ConcurrencyConflictException.DutchMessage, Assert.Single(executed.ModelState[string.Empty]!.Errors).ErrorMessage);
        Assert.True(page.ReloadedAfterConflict);
    }

    [Fact]
    public async Task Not_found_becomes_404()
    {
        var executed = await RunAsync(new NotFoundException("Dossier", Guid.NewGuid()), new RedisplayablePage());

        Assert.True(executed.ExceptionHandled);
        Assert.IsType<NotFoundResult>(executed.Result);
    }

    [Fact]
    public async Task Forbidden_becomes_403()
    {
        var executed = await RunAsync(new ForbiddenAccessException(), new RedisplayablePage());

        Assert.True(executed.ExceptionHandled);
        Assert.Equal(StatusCodes.Status403Forbidden, Assert.IsType<StatusCodeResult>(executed.Result).StatusCode);
    }

    [Fact]
    public async Task Any_other_failure_is_left_to_the_error_page()
    {
        var executed = await RunAsync(new InvalidOperationException("bug"), new RedisplayablePage());

        Assert.False(executed.ExceptionHandled);
        Assert.Null(executed.Result);
    }

    private async Task<PageHandlerExecutedContext> RunAsync(Exception exception, PageModel page)
    {
        var actionContext = new ActionContext(new DefaultHttpContext(), new RouteData(), new CompiledPageActionDescriptor(), new ModelStateDictionary());
        var pageContext = new PageContext(actionContext);
        var executing = new PageHandlerExecutingContext(pageContext, [], null, new Dictionary<string, object?>(), page);
        var executed = new PageHandlerExecutedContext(pageContext, [], null, page) { Exception = exception };

        await _filter.OnPageHandlerExecutionAsync(executing, () => Task.FromResult(executed));
        return executed;
    }

    private sealed class RedisplayablePage : PageModel, IRedisplayablePage
    {
        public bool Reloaded { get; private set; }

        public bool ReloadedAfterConflict { get; private set; }

        public Task LoadForRedisplayAsync(bool afterConflict, CancellationToken cancellationToken)
        {
            Reloaded = true;
            ReloadedAfterConflict = afterConflict;
            return Task.CompletedTask;
        }
    }
}

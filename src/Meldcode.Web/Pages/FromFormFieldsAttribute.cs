using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Meldcode.Web.Pages;

/// <summary>
/// Binds a page's request (the command it sends, or the one form record that maps to it) from the posted form
/// fields named exactly as the request's properties, without a prefix: the field <c>Facts</c> fills
/// <c>Command.Facts</c>. So a field's name, the request's property and the key under which
/// <see cref="Filters.ApplicationExceptionPageFilter"/> puts its validation message are one and the same name.
/// It binds on every request; a GET has no form, so there every property of the request has its default, and
/// the page fills in what a new form starts with (<c>Command with { HeldOn = View.Today }</c>). Values from the
/// route are not bound into the request: the page sets them (<c>Command with { DossierId = Id }</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class FromFormFieldsAttribute : Attribute, IBindingSourceMetadata, IModelNameProvider
{
    public BindingSource BindingSource => BindingSource.Form;

    /// <summary>No prefix: the fields are named as the request's properties.</summary>
    public string Name => string.Empty;
}

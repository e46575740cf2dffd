namespace Mc2cm.Web.Components.Forms;

/// <summary>A message of a refused form, with the language it is in (a service's own sentence may be English on a French page).</summary>
public sealed record FormMessage(string Text, string Language);

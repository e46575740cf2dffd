namespace Mc2cm.Gateway.OpenData;

/// <summary>Settings of the open-data download (section "Gateway:OpenData").</summary>
public sealed class OpenDataOptions
{
    public const string Section = "Gateway:OpenData";

    /// <summary>The licence line of the download's README.</summary>
    public string Licence { get; set; } =
        "the compilation is offered under Creative Commons Attribution 4.0 International (CC BY 4.0); each figure keeps the terms of its own source (the source and source_url columns).";
}

using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mc2cm.BuildingBlocks.Localization;

/// <summary>Stores a <see cref="LocalizedText"/> as three columns: {prefix}En, {prefix}Fr, {prefix}Ar.</summary>
public static class LocalizedTextColumns
{
    public static EntityTypeBuilder<TEntity> HasLocalizedText<TEntity>(
        this EntityTypeBuilder<TEntity> builder, Expression<Func<TEntity, LocalizedText?>> property, string columnPrefix, int maxLength)
        where TEntity : class
    {
        builder.ComplexProperty(property, text =>
        {
            text.Property(t => t.En).HasColumnName(columnPrefix + "En").HasMaxLength(maxLength).IsRequired();
            text.Property(t => t.Fr).HasColumnName(columnPrefix + "Fr").HasMaxLength(maxLength).IsRequired();
            text.Property(t => t.Ar).HasColumnName(columnPrefix + "Ar").HasMaxLength(maxLength).IsRequired();
        });
        return builder;
    }
}

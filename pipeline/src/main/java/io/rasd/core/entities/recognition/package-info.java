/** The statistical name finder: the shipped OpenNLP model ({@code ner-ar.bin}), the factory that rebuilds its
 * features in code (the model records that factory's class name: after moving it, run {@code
 * scripts/ner-model-factory.py}), the feature generators, ANERcorp/CoNLL reading, training and scores. */
package io.rasd.core.entities.recognition;

# Pas à pas — Portuguese (European, as spoken by Portuguese people in France). Translated from French (locales/fr/tutorials/passwords.ftl).
# Draft: to be reviewed by a native speaker.
# Passo a passo: palavras-passe fortes e bem guardadas. Uma frase por linha.

passwords-title = Escolher e guardar bem as suas palavras-passe

passwords-1-title = Escolher uma palavra-passe comprida
passwords-1-text =
    Uma palavra-passe é uma chave secreta para abrir a sua conta.
    Uma palavra-passe curta é fácil de descobrir para um ladrão.
    Escolha pelo menos 12 letras, algarismos ou sinais.
    Não use a sua data de nascimento nem os nomes da sua família.
passwords-1-image = Estrelas escondem uma palavra-passe.
passwords-1-tip = Quanto mais comprida for a palavra-passe, mais forte ela é.

passwords-2-title = Usar uma pequena frase
passwords-2-text =
    Uma pequena frase é comprida e fácil de lembrar.
    Pense numa frase que tenha sentido para si.
    Escreva as palavras sem espaços, com uma maiúscula no início de cada palavra.
    Junte um algarismo e um sinal, como o ponto de exclamação.
    Por exemplo: «OGatoDorme3HorasPorDia!».
passwords-2-image = Aspas, como para uma frase.
passwords-2-caution = Invente a sua própria frase, diferente deste exemplo.

passwords-3-title = Ter uma palavra-passe diferente para cada site
passwords-3-text =
    Use uma palavra-passe diferente para cada site importante.
    Por exemplo: o e-mail, o banco, o ameli ou a Caf (abonos de família).
    É como uma chave diferente para cada porta.
    Se um ladrão descobrir uma palavra-passe, as outras continuam protegidas.
passwords-3-image = Uma chave.
passwords-3-tip =
    A palavra-passe da sua caixa de e-mail é a mais importante.
    Com ela, um ladrão pode mudar as suas outras palavras-passe.

passwords-4-title = Escrever os seus códigos num papel
passwords-4-text =
    Pode escrever as suas palavras-passe num pequeno caderno.
    Escreva o nome do site ao lado de cada palavra-passe.
    Guarde este caderno em casa, num sítio seguro e escondido.
    Não o leve na mala nem na carteira.
passwords-4-image = Um caderno.
passwords-4-tip = Nunca guarde o código do seu cartão bancário junto com o cartão.

passwords-5-title = Nunca dar os seus códigos
passwords-5-text =
    Nunca dê os seus códigos por SMS, por e-mail ou por telefone.
    Um SMS é uma mensagem escrita recebida no telemóvel.
    Também não dê um código que recebeu por SMS no seu telemóvel.
    O seu banco, a Caf, o ameli e os impostos nunca pedem os seus códigos.
passwords-5-image = Um triângulo com um ponto de exclamação.
passwords-5-caution = Mesmo que a pessoa saiba o seu nome ou o seu banco, não dê nada.

passwords-5b-title = Se lhe pedirem os seus códigos
passwords-5b-text =
    Se alguém lhe pedir os seus códigos, é uma burla.
    Desligue o telefone ou não responda à mensagem.
passwords-5b-image = Um telefone a desligar.
passwords-5b-tip =
    Se deu uma palavra-passe, mude-a logo.
    Se deu um código do banco, telefone depressa ao seu banco.

passwords-6-title = Muito bem!
passwords-6-text =
    Já sabe fazer uma palavra-passe forte, comprida como uma pequena frase.
    Usa uma palavra-passe diferente para cada site importante.
    Guarda os seus códigos num papel, em casa.
    Nunca dá os seus códigos a ninguém.
passwords-6-image = Uma mão com o polegar para cima.
